package com.mirante.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query side's features ({@code query.<feature>}) use each other only through what a feature
 * publishes, named here with the reason; everything else of a feature is its own to change.
 */
@MiranteClasses
class QueryFeaturesTest {

    private static final String FEATURES = "com.mirante.query.(*)..";

    /** Shared by every feature and knowing none: the API's validators and connections, the table mapping. */
    private static final String[] SUPPORT = {"com.mirante.query.web..", "com.mirante.query.jdbc.."};

    /** What a feature publishes to the others, by class name, each with why another feature needs it. */
    private static final Map<String, String> PUBLISHED = Map.of(
            "com.mirante.query.hotels.HotelTimeZones",
            "legacy wall-clock times become instants through their hotel's zone, which only the hotels model knows",
            "com.mirante.query.hotels.HotelTable",
            "the room board tells a hotel with no rooms yet from an unknown one (exists, its only public method)",
            "com.mirante.query.live.LiveChanges",
            "a projection announces what it changed, in its own transaction",
            "com.mirante.query.live.LiveChange",
            "what an announcement carries",
            "com.mirante.query.live.LiveChangesReceived",
            "how every node hears the announcements",
            "com.mirante.query.live.LiveStream",
            "where a feature's live feed pushes to the open pages");

    private static final DescribedPredicate<JavaClass> PUBLISHED_OR_SUPPORT = describe(
            "a class a feature publishes or a support class",
            target -> PUBLISHED.containsKey(topLevel(target).getName()) || resideInAnyPackage(SUPPORT).test(target));

    @ArchTest
    static final ArchRule features_use_each_other_only_through_what_they_publish = slices()
            .matching(FEATURES)
            .namingSlices("query.$1")
            .should().notDependOnEachOther()
            .ignoreDependency(alwaysTrue(), PUBLISHED_OR_SUPPORT)
            .because("a feature's tables, projection and views are its own: another feature that reads them"
                    + " would break when they change, or rebuild out of step");

    @ArchTest
    static final ArchRule support_packages_know_no_feature = noClasses()
            .that().resideInAnyPackage(SUPPORT)
            .should().dependOnClassesThat(describe("belong to a feature", (JavaClass target) ->
                    target.getPackageName().startsWith("com.mirante.query.") && !resideInAnyPackage(SUPPORT).test(target)))
            .because("every feature uses them, so a feature of theirs would make every feature depend on it");

    @ArchTest
    static final ArchRule features_are_free_of_cycles = slices()
            .matching(FEATURES)
            .namingSlices("query.$1")
            .should().beFreeOfCycles();

    /** Keeps the published list honest: a class no other feature uses any more goes back to being private. */
    @ArchTest
    static void every_published_class_is_used_by_another_feature(JavaClasses classes) {
        Set<String> usedAcrossFeatures = new TreeSet<>();
        for (JavaClass origin : classes.that(resideInAnyPackage("com.mirante.query.."))) {
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = topLevel(dependency.getTargetClass());
                if (PUBLISHED.containsKey(target.getName()) && !feature(target).equals(feature(origin))) {
                    usedAcrossFeatures.add(target.getName());
                }
            }
        }
        assertThat(usedAcrossFeatures).containsExactlyInAnyOrderElementsOf(PUBLISHED.keySet());
    }

    /** The feature's name, or "" for the application's own package. */
    private static String feature(JavaClass javaClass) {
        String below = javaClass.getPackageName().substring("com.mirante.query".length());
        return below.isEmpty() ? "" : below.substring(1).split("\\.")[0];
    }

    /** The class a nested class, or an array's elements, belong to: a feature publishes top-level classes. */
    private static JavaClass topLevel(JavaClass javaClass) {
        JavaClass top = javaClass.getBaseComponentType();
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }
}
