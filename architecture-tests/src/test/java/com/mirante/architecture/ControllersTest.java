package com.mirante.architecture;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Controllers are thin and live with their feature: they check the request, ask their feature's
 * reads or operations, and map the answer; storage, Axon and error responses are elsewhere.
 */
@MiranteClasses
class ControllersTest {

    @ArchTest
    static final ArchRule controllers_touch_no_storage_and_no_axon = noClasses()
            .that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.jdbc..", "java.sql..", "javax.sql..", "org.axonframework..")
            .because("a controller reads through its feature's query classes, which own the SQL and its"
                    + " columns (TableMapping), and acts on processors through the runtime's Processors; SQL in a"
                    + " controller would bypass both and the API's own connection pool");

    @ArchTest
    static final ArchRule controllers_live_in_a_feature_package = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().resideInAnyPackage("com.mirante.query.*", "com.mirante.gateway.*")
            .andShould().resideOutsideOfPackages("com.mirante.query.web", "com.mirante.query.jdbc")
            .because("an endpoint sits beside the model it serves; the shared packages and the application's own"
                    + " package hold no endpoint, and the platform gives both applications only their common advice");

    /** Named one by one: the import does not read Spring's classes, so @GetMapping's own annotations are unknown. */
    private static final DescribedPredicate<CanBeAnnotated> MAP_REQUESTS = annotatedWith(RequestMapping.class)
            .or(annotatedWith(GetMapping.class)).or(annotatedWith(PostMapping.class)).or(annotatedWith(PutMapping.class))
            .or(annotatedWith(PatchMapping.class)).or(annotatedWith(DeleteMapping.class))
            .as("map requests");

    @ArchTest
    static final ArchRule only_controllers_map_requests = methods()
            .that(MAP_REQUESTS)
            .should().beDeclaredInClassesThat().areAnnotatedWith(RestController.class)
            .because("the web layer of a feature is its controller, so the request mappings are all found there");

    @ArchTest
    static final ArchRule controllers_leave_errors_to_the_platform = noMethods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
            .should().beAnnotatedWith(ExceptionHandler.class)
            .because("the platform's ApiProblems turns every error into the same problem+json, in both applications");
}
