package com.mirante.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * The order the JUnit launcher runs classes in with this orderer: plain classes first, then the
 * classes of one context together, whatever their names. By name alone the two classes on
 * {@link First} would have {@link BetaOnSecond} and {@link DeltaPlain} between them.
 */
class ContextGroupedClassOrderTest {

    @Test
    void classesOfOneContextRunTogetherAfterThePlainOnes() {
        List<String> order = run(GammaOnFirst.class, DeltaPlain.class, BetaOnSecond.class, AlphaOnFirst.class);

        assertThat(order).containsExactly("DeltaPlain", "AlphaOnFirst", "GammaOnFirst", "BetaOnSecond");
    }

    @Test
    void classesOfOneContextAreKeyedAsSpringCachesThem() {
        assertThat(ContextGroupedClassOrder.contextOf(AlphaOnFirst.class))
                .isEqualTo(ContextGroupedClassOrder.contextOf(GammaOnFirst.class))
                .isNotEqualTo(ContextGroupedClassOrder.contextOf(BetaOnSecond.class));
        assertThat(ContextGroupedClassOrder.contextOf(DeltaPlain.class)).isEmpty();
    }

    /** The simple names of the classes, in the order their tests ran (each passed). */
    private static List<String> run(Class<?>... classes) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(Arrays.stream(classes).map(testClass -> selectClass(testClass)).toList())
                .configurationParameter("junit.jupiter.testclass.order.default", ContextGroupedClassOrder.class.getName())
                .build();
        List<String> ran = new CopyOnWriteArrayList<>();
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                assertThat(result.getStatus()).as(test.getDisplayName()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
                test.getSource().filter(ClassSource.class::isInstance).map(source -> ((ClassSource) source).getJavaClass())
                        .ifPresent(testClass -> ran.add(testClass.getSimpleName()));
            }
        });
        return ran;
    }

    @Configuration(proxyBeanMethods = false)
    static class First {
    }

    @Configuration(proxyBeanMethods = false)
    static class Second {
    }

    @SpringJUnitConfig(First.class)
    static class AlphaOnFirst {
        @Test
        void runs() {
        }
    }

    @SpringJUnitConfig(Second.class)
    static class BetaOnSecond {
        @Test
        void runs() {
        }
    }

    static class DeltaPlain {
        @Test
        void runs() {
        }
    }

    @SpringJUnitConfig(First.class)
    static class GammaOnFirst {
        @Test
        void runs() {
        }
    }
}
