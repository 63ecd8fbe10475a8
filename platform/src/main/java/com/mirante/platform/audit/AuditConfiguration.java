package com.mirante.platform.audit;

import com.mirante.platform.database.DatabaseConfiguration;
import com.mirante.platform.database.SchemaMigrations;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The audit trail of every Mirante web application: operators' actions (every state-changing API
 * request) and reads of personal data ({@link ReadsPersonalData}), in one table both applications
 * append to ({@link AuditSchema}) and in the log.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DatabaseConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class AuditConfiguration {

    static final String API = "/api/";

    @Bean
    AuditSchema auditSchema(SchemaMigrations migrations) {
        return new AuditSchema(migrations);
    }

    /** @param migrated the table exists before the first record is written */
    @Bean
    AuditTrail auditTrail(AuditSchema migrated, DataSource dataSource, Environment environment) {
        return new AuditTrail(JdbcClient.create(dataSource),
                environment.getProperty("spring.application.name", "mirante"), Clock.systemUTC());
    }

    @Bean
    PersonalDataAudit personalDataAudit(AuditTrail trail) {
        return new PersonalDataAudit(trail);
    }

    @Bean
    DeniedRequestAudit deniedRequestAudit(AuditTrail trail) {
        return new DeniedRequestAudit(trail);
    }

    @Bean
    WebMvcConfigurer auditedRequests(AuditTrail trail) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AuditInterceptor(trail)).addPathPatterns(API + "**");
            }
        };
    }
}
