package com.mirante.projection.shipping;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small Axon application that is not Mirante's query side: parcels shipped, one versioned query
 * model ({@link ParcelsProjection}) and one plain projection ({@link LabelsProjection}). It takes the
 * projection runtime by its dependency alone (auto-configuration); its settings are in
 * {@code application.yml}, its tables (Axon's and the runtime's included) in {@code db/shipping}.
 */
@SpringBootApplication
public class ShippingApplication {
}
