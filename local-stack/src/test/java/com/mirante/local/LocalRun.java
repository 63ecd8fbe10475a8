package com.mirante.local;

import com.mirante.embedded.EmbeddedRoles;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The local run as a user starts it (each application as its own database role, migrations as the
 * owner), on free ports, with a client for its queue and connections to its database as any role.
 */
final class LocalRun implements AutoCloseable {

    final LocalStack stack;
    private final SqsClient sqs;
    private final String queueUrl;

    private LocalRun(LocalStack stack) {
        this.stack = stack;
        Environment gateway = stack.gateway().getEnvironment();
        this.queueUrl = gateway.getRequiredProperty("mirante.sqs.queue-url");
        this.sqs = SqsClient.builder()
                .endpointOverride(URI.create(gateway.getRequiredProperty("mirante.sqs.endpoint")))
                .region(Region.of(gateway.getRequiredProperty("mirante.sqs.region")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .build();
    }

    /** Started with {@code extra} arguments after the defaults (other queues, for one). */
    static LocalRun start(String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--mirante.embedded.sqs.port=0",
                "--mirante.sqs.wait-time=1s"));
        args.addAll(List.of(extra));
        return new LocalRun(LocalStack.start(args.toArray(String[]::new)));
    }

    void send(String dmsRecord) {
        sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(dmsRecord));
    }

    /** The database as {@code role} of sql/roles/create-roles.sql (or {@link EmbeddedRoles#OWNER}). */
    JdbcTemplate as(String role) {
        String url = stack.query().getEnvironment().getRequiredProperty("spring.datasource.url");
        return new JdbcTemplate(new DriverManagerDataSource(url, role, EmbeddedRoles.password(role)));
    }

    /** The connections the query side's application itself holds. */
    JdbcTemplate querySide() {
        return new JdbcTemplate(stack.query().getBean(DataSource.class));
    }

    /** The connections the gateway's application itself holds. */
    JdbcTemplate gateway() {
        return new JdbcTemplate(stack.gateway().getBean(DataSource.class));
    }

    @Override
    public void close() {
        sqs.close();
        stack.close();
    }
}
