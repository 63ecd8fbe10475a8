package com.mirante.platform.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Marks an endpoint that answers with personal data: only users with the {@code PERSONAL_DATA} role
 * may call it, and every call is recorded in the audit trail, a successful one before its body is
 * written (see {@link PersonalDataAudit}). A body of a type marked {@link PersonalDataView} is refused
 * from an endpoint without this annotation.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('PERSONAL_DATA')")
public @interface ReadsPersonalData {
}
