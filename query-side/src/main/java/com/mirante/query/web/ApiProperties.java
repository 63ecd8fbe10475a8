package com.mirante.query.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one API request may cost the database, whatever its parameters (defence in depth behind
 * their validation).
 *
 * @param statementTimeout the longest a statement of an API read may run (PostgreSQL {@code statement_timeout})
 * @param tempFileLimit    the most temporary file space a session may use for an API read (PostgreSQL
 *                         {@code temp_file_limit}; needs a superuser or {@code GRANT SET ON PARAMETER temp_file_limit})
 */
@ConfigurationProperties("mirante.query.api")
public record ApiProperties(@DefaultValue("5s") Duration statementTimeout, @DefaultValue("1GB") DataSize tempFileLimit) {
}
