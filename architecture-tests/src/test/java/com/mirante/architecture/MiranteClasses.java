package com.mirante.architecture;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The production classes of every module this one depends on. Every test class names the same
 * import, so ArchUnit reads the class files once for all of them and caches the result.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AnalyzeClasses(packages = "com.mirante", importOptions = DoNotIncludeTests.class)
@interface MiranteClasses {
}
