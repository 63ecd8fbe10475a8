package com.mirante.projection.shipping;

/** The one event of the shipping application. */
public record ParcelShipped(String parcelId, String destination) {
}
