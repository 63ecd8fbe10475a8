package com.mirante.projection;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The version of the query model a projection (one processing group) builds. Raise it when the
 * model must be built again from the whole history: its tables changed (with a script on the
 * classpath at {@code db/query-models/<model>/V<n>__*.sql} for the new version) or the projection now
 * computes something differently. A node that starts with a version newer than the live tables'
 * rebuilds the model beside them and switches once the new tables have caught up.
 *
 * <p>The model is registered in {@code query_model_version} by the migration that creates its
 * tables (at version 1, listing them); the application fails to start otherwise.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface QueryModelVersion {

    int value();
}
