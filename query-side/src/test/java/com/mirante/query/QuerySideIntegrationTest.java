package com.mirante.query;

import com.mirante.platform.web.EveryRoleUser;
import com.mirante.platform.web.RequestTouches;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The query side on the JVM's embedded PostgreSQL, one application context and one database shared
 * by every class that carries this: each class works on hotels, reservations and guests of its own
 * ids and asserts on those only, so no class needs a context or a database to itself. The local
 * users and {@link EveryRoleUser}; the SQL each request sends is recorded ({@link RequestTouches}).
 * A class whose point is isolation (a whole chain counted, settings of its own, a rebuild) keeps
 * its own database and context instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = QueryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + QueryApplication.CONFIG_NAME)
@ActiveProfiles("local")
@ContextConfiguration(initializers = EveryRoleUser.class)
@Import(RequestTouches.class)
public @interface QuerySideIntegrationTest {
}
