package com.mirante.api.hotel;

import com.mirante.api.source.SourcePosition;

/** The rooms in inventory changed; rooms available is this number for every night, past and future. */
public record HotelRoomInventoryChanged(String hotelId, int rooms, SourcePosition source) {
}
