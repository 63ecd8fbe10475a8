package com.mirante.platform.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a response type that holds personal data. Only an endpoint marked {@link ReadsPersonalData}
 * may answer with it; any other answering with it fails (500) instead of sending the data unaudited.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PersonalDataView {
}
