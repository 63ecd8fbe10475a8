package com.mirante.query.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The API's own connections ({@link ApiConnectionsConfiguration}): every statement on them runs
 * under {@link ApiReadLimits}, with no transaction to begin, so a read of one statement (the daily
 * figures, the dashboard's counts) costs one round trip, as it would on the shared pool.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Qualifier
public @interface ApiConnections {
}
