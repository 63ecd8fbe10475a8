package com.mirante.query.roomboard;

import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A room is known by its hotel and its number together. */
@Embeddable
public record RoomKey(String hotelId, String roomNumber) implements Serializable {
}
