package com.mirante.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The gateway's stages depend only downstream, in the direction a change flows: the queue's
 * transport hands a body to ingestion, ingestion reads it by the DMS contract and has it mapped,
 * the mapping turns it into core-api's commands. The two side packages plug into a stage.
 */
@MiranteClasses
class GatewayStagesTest {

    @ArchTest
    static final ArchRule stages_depend_in_the_direction_of_the_flow = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("transport").definedBy("com.mirante.gateway.sqs..")
            .layer("ingest").definedBy("com.mirante.gateway.ingest..")
            .layer("mapping").definedBy("com.mirante.gateway.mapping..")
            .layer("contract").definedBy("com.mirante.gateway.dms..")
            .layer("commands").definedBy("com.mirante.api..")
            .layer("aggregates").definedBy("com.mirante.command..")
            .layer("billing").definedBy("com.mirante.gateway.billing..")
            .layer("erasure").definedBy("com.mirante.gateway.erasure..")
            .whereLayer("transport").mayOnlyAccessLayers("ingest")
            .whereLayer("ingest").mayOnlyAccessLayers("contract", "mapping")
            .whereLayer("mapping").mayOnlyAccessLayers("contract", "commands")
            .whereLayer("contract").mayNotAccessAnyLayer()
            .whereLayer("aggregates").mayNotBeAccessedByAnyLayer()
            // The charge-to-invoice lookup answers the mapping's ChargeInvoices from the event store.
            .whereLayer("billing").mayOnlyAccessLayers("mapping", "commands")
            .whereLayer("billing").mayNotBeAccessedByAnyLayer()
            // Erasure reads dead letters by the contract, finds the guest's personal columns in the
            // mapping's GuestRows, and gives the transport its redaction and its sweep.
            .whereLayer("erasure").mayOnlyAccessLayers("transport", "contract", "mapping", "commands")
            .whereLayer("erasure").mayNotBeAccessedByAnyLayer()
            .because("a stage that reached back upstream would tie the mapping to the queue, or the contract to"
                    + " ingestion, and the mapping could no longer be tested as the pure function it is");
}
