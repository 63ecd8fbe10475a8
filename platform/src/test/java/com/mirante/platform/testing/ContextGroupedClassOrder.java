package com.mirante.platform.testing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Runs test classes that share a Spring application context one after the other: plain classes
 * first, then each group of classes whose merged context configuration is equal (the key Spring's
 * context cache uses), groups in the order of their first class name. With the cache kept small
 * (it closes an evicted context at once, with its processors and servers), each context then
 * starts once instead of once per run of neighbours that use it. Enable it in a module's
 * {@code junit-platform.properties}: {@code junit.jupiter.testclass.order.default=}this class.
 */
public class ContextGroupedClassOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        Map<Class<?>, Optional<MergedContextConfiguration>> keys = new HashMap<>();
        context.getClassDescriptors().forEach(descriptor ->
                keys.put(descriptor.getTestClass(), contextOf(descriptor.getTestClass())));
        Map<MergedContextConfiguration, String> firstClassOfGroup = new HashMap<>();
        keys.forEach((testClass, key) -> key.ifPresent(configuration ->
                firstClassOfGroup.merge(configuration, testClass.getName(), (a, b) -> a.compareTo(b) <= 0 ? a : b)));

        context.getClassDescriptors().sort(Comparator
                .comparing((ClassDescriptor descriptor) -> keys.get(descriptor.getTestClass())
                        .map(firstClassOfGroup::get).orElse(""))
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    /** The context a class runs in, as Spring's cache tells contexts apart; empty for a class without one. */
    static Optional<MergedContextConfiguration> contextOf(Class<?> testClass) {
        MergedAnnotations annotations = MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY);
        if (!annotations.isPresent(BootstrapWith.class) && !annotations.isPresent(ContextConfiguration.class)) {
            return Optional.empty();
        }
        return Optional.of(BootstrapUtils.resolveTestContextBootstrapper(testClass).buildMergedContextConfiguration());
    }
}
