package com.mirante.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.mirante.projection.DeadLetterPage;
import com.mirante.projection.DeadLetterView;
import com.mirante.projection.OperationRefusedException;
import com.mirante.projection.ProcessorNotFoundException;
import com.mirante.projection.ProcessorView;
import com.mirante.projection.Processors;
import com.mirante.projection.ProjectionBatch;
import com.mirante.projection.QueryModelVersion;
import com.mirante.projection.RebuildContext;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The modules table of ARCHITECTURE.md: which module may use which, and through what. */
@MiranteClasses
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule modules_depend_one_way = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("core-api").definedBy("com.mirante.api..")
            .layer("platform").definedBy("com.mirante.platform..")
            .layer("embedded-infra").definedBy("com.mirante.embedded..")
            .layer("projection-runtime").definedBy("com.mirante.projection..")
            .layer("command-side").definedBy("com.mirante.command..")
            .layer("ingestion-gateway").definedBy("com.mirante.gateway..")
            .layer("query-side").definedBy("com.mirante.query..")
            .layer("simulator").definedBy("com.mirante.simulator..")
            .whereLayer("core-api").mayNotAccessAnyLayer()
            .whereLayer("platform").mayOnlyAccessLayers("core-api")
            .whereLayer("embedded-infra").mayNotAccessAnyLayer()
            .whereLayer("projection-runtime").mayNotAccessAnyLayer()
            .whereLayer("command-side").mayOnlyAccessLayers("core-api")
            .whereLayer("ingestion-gateway").mayOnlyAccessLayers("core-api", "platform")
            .whereLayer("query-side").mayOnlyAccessLayers("core-api", "platform", "projection-runtime")
            .whereLayer("simulator").mayNotAccessAnyLayer()
            .because("both sides compile against core-api and nothing else of each other: the gateway runs the"
                    + " aggregates by sending core-api's commands, the query side reads their events; the projection"
                    + " runtime must run any Axon application; the simulator writes the DMS contract on its own,"
                    + " or the gateway's tests would read back their own reading of it; the embedded servers are"
                    + " for tests and the local run, never inside an application");

    @ArchTest
    static final ArchRule core_api_needs_only_the_jdk = classes()
            .that().resideInAPackage("com.mirante.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..", "com.mirante.api..", "org.axonframework.modelling.command..")
            .because("the messages are plain records every side can read; Axon's @TargetAggregateIdentifier is"
                    + " the one exception, so that a command names its aggregate");

    @ArchTest
    static final ArchRule platform_is_used_through_web_audit_and_the_event_store = noClasses()
            .that().resideOutsideOfPackage("com.mirante.platform..")
            .should().dependOnClassesThat(resideInAPackage("com.mirante.platform..").and(not(resideInAnyPackage(
                    "com.mirante.platform.web..", "com.mirante.platform.audit..", "com.mirante.platform.eventstore.."))))
            .because("security, privacy, database roles and meters come to an application by auto-configuration;"
                    + " personal data is read through core-api's PersonalDataVault, not its implementation");

    @ArchTest
    static final ArchRule projection_runtime_is_used_through_its_api = noClasses()
            .that().resideOutsideOfPackage("com.mirante.projection..")
            .should().dependOnClassesThat(resideInAPackage("com.mirante.projection..").and(not(belongToAnyOf(
                    QueryModelVersion.class, ProjectionBatch.class, RebuildContext.class,
                    Processors.class, ProcessorView.class, DeadLetterPage.class, DeadLetterView.class,
                    OperationRefusedException.class, ProcessorNotFoundException.class))))
            .because("projections use the runtime's annotations and batches, surfaces its Processors operations;"
                    + " its coordination, token store and rebuilds are its own to change");

    @ArchTest
    static final ArchRule packages_within_a_module_are_free_of_cycles = slices()
            .matching("com.mirante.(*).(*)..")
            .namingSlices("$1.$2")
            .should().beFreeOfCycles();
}
