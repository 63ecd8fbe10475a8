package com.mirante.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.mirante.simulator.SimulatorOptions;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml parses, every name a service refers to (a service host and port, a file, a
 * volume, a jar, a variable of a provisioning file) exists, and it holds no known secret: it starts
 * only with its passwords, hashes and master key set, each application connects as its own role,
 * ports listen on localhost unless configured, and images are exact releases. Docker itself cannot
 * run here.
 */
class ComposeFileTest {

    private static final Pattern HOST_PORT = Pattern.compile("(?://|\\s|\")([a-z][a-z0-9-]*):(\\d{2,5})\\b");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)}");

    private final JsonNode compose = Repository.compose();
    private final JsonNode services = compose.path("services");

    @Test
    void theStackHasItsServicesAndTheSimulatorOnlyUnderAProfile() {
        assertThat(names(services)).containsExactlyInAnyOrder("postgres", "elasticmq", "query-side",
                "ingestion-gateway", "prometheus", "grafana", "simulator");
        services.fields().forEachRemaining(service -> {
            boolean profiled = service.getValue().has("profiles");
            assertThat(profiled).as(service.getKey()).isEqualTo(service.getKey().equals("simulator"));
        });
        assertThat(services.path("simulator").path("profiles").get(0).asText()).isEqualTo("simulator");
    }

    @Test
    void everyDependencyIsAServiceAndEveryVolumeADeclaredVolumeOrAFileOfTheRepository() {
        Set<String> declaredVolumes = names(compose.path("volumes"));
        services.fields().forEachRemaining(service -> {
            JsonNode dependsOn = service.getValue().path("depends_on");
            Set<String> dependencies = dependsOn.isArray() ? values(dependsOn) : names(dependsOn);
            assertThat(names(services)).as(service.getKey()).containsAll(dependencies);
            service.getValue().path("volumes").forEach(volume -> {
                String source = volume.asText().split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(Repository.path(source.substring(2))).as(service.getKey()).exists();
                } else {
                    assertThat(declaredVolumes).as(service.getKey()).contains(source);
                }
            });
        });
    }

    @Test
    void theApplicationsAreBuiltFromTheirExecJarsWithTheDockerfile() throws Exception {
        String version = Repository.text("pom.xml").replaceAll("(?s).*?</parent>.*?<version>([^<]+)</version>.*", "$1");
        String dockerignore = Repository.text(".dockerignore");
        for (String module : new String[] {"query-side", "ingestion-gateway", "simulator"}) {
            JsonNode build = services.path(module).path("build");
            assertThat(Repository.path(build.path("context").asText())).isEqualTo(Repository.ROOT.resolve("."));
            assertThat(Repository.path(build.path("dockerfile").asText())).exists();
            assertThat(build.path("args").path("JAR").asText())
                    .isEqualTo(module + "/target/" + module + "-" + version + "-exec.jar");
            assertThat(dockerignore).contains("!" + module + "/target/*-exec.jar");
        }
        for (String module : new String[] {"query-side", "ingestion-gateway", "simulator"}) {
            assertThat(Repository.text(module + "/pom.xml")).contains("<classifier>exec</classifier>");
        }
        assertThat(Files.readString(Repository.path("compose/app.Dockerfile"))).contains("ARG JAR", "COPY ${JAR}");
    }

    @Test
    void theSimulatorsArgumentsParseAndPointAtTheComposeQueue() {
        List<String> command = new ArrayList<>();
        services.path("simulator").path("command").forEach(arg -> command.add(arg.asText()));

        SimulatorOptions options = SimulatorOptions.parse(command.toArray(String[]::new));

        assertThat(options.queue().queueUrl()).isEqualTo("http://elasticmq:9324/000000000000/dms-changes");
        assertThat(options.queue().endpoint()).hasToString("http://elasticmq:9324");
        assertThat(options.simulation().hotels()).isPositive();
    }

    @Test
    void everyHostAndPortNamedInTheConfigurationIsAServiceListeningThere() {
        Map<String, Set<String>> ports = new HashMap<>();
        services.fields().forEachRemaining(service -> {
            Set<String> containerPorts = new HashSet<>();
            service.getValue().path("ports").forEach(port -> containerPorts.add(port.asText().replaceAll(".*:", "")));
            ports.put(service.getKey(), containerPorts);
        });
        StringBuilder configuration = new StringBuilder();
        services.fields().forEachRemaining(service -> {
            service.getValue().path("environment").forEach(value ->
                    configuration.append(' ').append(Repository.interpolate(value.asText())).append('\n'));
            service.getValue().path("command").forEach(value -> configuration.append(' ').append(value.asText()).append('\n'));
        });
        configuration.append(Repository.text("compose/prometheus.yml"))
                .append(Repository.text("grafana/provisioning/datasources/datasources.yml"));
        Matcher reference = HOST_PORT.matcher(configuration);
        int references = 0;
        while (reference.find()) {
            if (reference.group(1).equals("localhost")) {
                continue;
            }
            references++;
            assertThat(ports).as(reference.group()).containsKey(reference.group(1));
            assertThat(ports.get(reference.group(1))).as(reference.group()).contains(reference.group(2));
        }
        assertThat(references).isGreaterThanOrEqualTo(10);
        assertThat(ports.get("query-side")).contains("8080");
        assertThat(ports.get("ingestion-gateway")).contains("8081");
    }

    @Test
    void theQueuesTheGatewayAndSimulatorUseAreCreatedByElasticMq() {
        String conf = Repository.text("compose/elasticmq.conf");
        Map<String, String> gateway = Repository.composeEnvironment("ingestion-gateway");
        String queue = gateway.get("MIRANTE_SQS_QUEUE_URL").replaceAll(".*/", "");
        String deadLetters = gateway.get("MIRANTE_SQS_DEAD_LETTER_QUEUE_URL").replaceAll(".*/", "");
        assertThat(conf).containsPattern("(?s)queues \\{.*\\n  " + queue + " \\{.*deadLettersQueue \\{\\s*name = \""
                + deadLetters + "\"");
        assertThat(conf).containsPattern("\\n  " + deadLetters + " \\{");
        assertThat(services.path("simulator").path("command").get(0).asText())
                .isEqualTo("--queue-url=" + gateway.get("MIRANTE_SQS_QUEUE_URL"));
        assertThat(services.path("elasticmq").path("volumes").get(0).asText()).endsWith(":/opt/elasticmq.conf:ro");
    }

    @Test
    void grafanaGetsItsProvisioningAndEveryVariableItsFilesRead() {
        Set<String> mounts = values(services.path("grafana").path("volumes"));
        assertThat(mounts).contains("./grafana/provisioning:/etc/grafana/provisioning:ro");
        String dashboardsPath = Repository.yaml("grafana/provisioning/dashboards/dashboards.yml")
                .path("providers").get(0).path("options").path("path").asText();
        assertThat(mounts).contains("./grafana/dashboards:" + dashboardsPath + ":ro");

        Set<String> variables = new HashSet<>();
        for (String file : new String[] {"datasources/datasources.yml", "alerting/rules.yml", "alerting/notifications.yml"}) {
            VARIABLE.matcher(Repository.text("grafana/provisioning/" + file)).results()
                    .forEach(variable -> variables.add(variable.group(1)));
        }
        assertThat(variables).contains("SLACK_WEBHOOK_URL", "PROCESSOR_LAG_ALERT_SECONDS", "GRAFANA_DB_PASSWORD");
        Map<String, String> environment = Repository.composeEnvironment("grafana");
        assertThat(environment.keySet()).containsAll(variables);
        assertThat(Integer.parseInt(environment.get("PROCESSOR_LAG_ALERT_SECONDS"))).isPositive();
    }

    @Test
    void eachApplicationConnectsAsItsOwnRoleWhichTheInitScriptCreatesAndMigratesAsTheOwner() {
        Map<String, String> postgres = Repository.composeEnvironment("postgres");
        String roles = Repository.text("sql/roles/create-roles.sql");
        Map<String, String> passwordVariables = Map.of("query-side", "QUERY_DB_PASSWORD",
                "ingestion-gateway", "GATEWAY_DB_PASSWORD");
        Map<String, String> users = Map.of("query-side", "mirante_query", "ingestion-gateway", "mirante_gateway");
        for (String application : users.keySet()) {
            Map<String, String> environment = Repository.composeEnvironment(application);
            assertThat(environment.get("SPRING_DATASOURCE_URL")).endsWith("/" + postgres.get("POSTGRES_DB"));
            assertThat(environment.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(users.get(application))
                    .isNotEqualTo(postgres.get("POSTGRES_USER"));
            assertThat(roles).contains("CREATE ROLE " + users.get(application) + " LOGIN");
            assertThat(environment.get("SPRING_DATASOURCE_PASSWORD"))
                    .isEqualTo(postgres.get(passwordVariables.get(application)));
            assertThat(environment.get("SPRING_FLYWAY_USER")).isEqualTo(postgres.get("POSTGRES_USER"));
            assertThat(environment.get("SPRING_FLYWAY_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
        }
        JsonNode datasource = Repository.yaml("grafana/provisioning/datasources/datasources.yml").path("datasources").get(0);
        assertThat(datasource.path("jsonData").path("database").asText()).isEqualTo(postgres.get("POSTGRES_DB"));
        assertThat(roles).contains("CREATE ROLE " + datasource.path("user").asText() + " LOGIN");
        assertThat(postgres.get("GRAFANA_DB_PASSWORD")).isEqualTo(Repository.composeEnvironment("grafana").get("GRAFANA_DB_PASSWORD"));
    }

    @Test
    void theInitScriptRunsTheRolesScriptWithEveryVariableItNeedsFromThePostgresEnvironment() {
        Set<String> mounts = values(services.path("postgres").path("volumes"));
        assertThat(mounts).contains("./compose/postgres-init.sh:/docker-entrypoint-initdb.d/postgres-init.sh:ro");
        String init = Repository.text("compose/postgres-init.sh");
        Matcher file = Pattern.compile("-f (\\S+)").matcher(init);
        assertThat(file.find()).isTrue();
        assertThat(mounts).contains("./sql/roles/create-roles.sql:" + file.group(1) + ":ro");

        Map<String, String> passed = new HashMap<>();
        Pattern.compile("-v (\\w+)=\"\\$(\\w+)\"").matcher(init).results()
                .forEach(variable -> passed.put(variable.group(1), variable.group(2)));
        Set<String> needed = new HashSet<>();
        Pattern.compile(":['\"](\\w+)['\"]").matcher(Repository.text("sql/roles/create-roles.sql")).results()
                .forEach(variable -> needed.add(variable.group(1)));
        assertThat(passed.keySet()).isEqualTo(needed);
        Map<String, String> postgres = Repository.composeEnvironment("postgres");
        assertThat(passed.get("owner")).isEqualTo("POSTGRES_USER");
        passed.values().forEach(variable -> assertThat(postgres.get(variable)).as(variable).isNotBlank());
    }

    @Test
    void composeRefusesToStartWithoutItsSecretsAndNoneHasADefault() {
        assertThat(Repository.requiredVariables(Repository.text("docker-compose.yml"))).containsExactlyInAnyOrder(
                "POSTGRES_PASSWORD", "GATEWAY_DB_PASSWORD", "QUERY_DB_PASSWORD", "GRAFANA_DB_PASSWORD",
                "GRAFANA_ADMIN_PASSWORD", "VIEWER_PASSWORD_HASH", "OPERATOR_PASSWORD_HASH", "MANAGER_PASSWORD_HASH",
                "MIRANTE_MASTER_KEY");
        services.fields().forEachRemaining(service -> service.getValue().path("environment").fields().forEachRemaining(entry -> {
            String value = entry.getValue().asText();
            if (entry.getKey().matches(".*(PASSWORD|MASTER_KEY).*")) {
                assertThat(Repository.requiredVariables(value)).as(service.getKey() + " " + entry.getKey()).isNotEmpty();
            }
            if (entry.getKey().matches(".*(ACCESS_KEY|SECRET).*")) {
                // Only ElasticMQ's, which checks no credentials.
                assertThat(value).as(service.getKey() + " " + entry.getKey()).isEqualTo("local");
            }
        }));
        for (String service : List.of("postgres", "query-side", "ingestion-gateway", "grafana")) {
            assertThatThrownBy(() -> Repository.composeEnvironment(service, Map.of())).as(service)
                    .hasMessageStartingWith("Compose refuses to start: set ");
        }
    }

    @Test
    void theUsersPasswordsAreBcryptHashesFromTheEnvironmentNeverInClear() {
        // The manager reads guests' personal data, which only the query side serves.
        for (Map.Entry<String, Integer> users : Map.of("query-side", 3, "ingestion-gateway", 2).entrySet()) {
            String application = users.getKey();
            JsonNode environment = services.path(application).path("environment");
            List<String> passwords = new ArrayList<>();
            environment.fields().forEachRemaining(entry -> {
                assertThat(entry.getValue().asText()).as(entry.getKey()).doesNotContain("{noop}");
                if (entry.getKey().matches("MIRANTE_SECURITY_USERS_\\d+_PASSWORD")) {
                    passwords.add(entry.getValue().asText());
                }
            });
            assertThat(passwords).as(application).hasSize(users.getValue())
                    .allSatisfy(password -> assertThat(password).matches("\\{bcrypt}\\$\\{[A-Z_]+_PASSWORD_HASH:\\?[^}]+}"));
        }
    }

    @Test
    void publishedPortsListenOnLocalhostUnlessTheBindAddressIsConfigured() {
        List<String> published = new ArrayList<>();
        services.fields().forEachRemaining(service -> service.getValue().path("ports")
                .forEach(port -> published.add(port.asText())));
        assertThat(published).hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(port -> assertThat(port).matches("\\$\\{MIRANTE_BIND_ADDRESS:-127\\.0\\.0\\.1}:\\d+:\\d+"));
    }

    @Test
    void everyImageIsPinnedToAnExactRelease() {
        // A release down to its patch (PostgreSQL numbers releases major.minor): never "latest" or a major alone.
        Pattern release = Pattern.compile("[a-z0-9./-]+:v?\\d+\\.\\d+(\\.\\d+)*(_\\d+)?(-[a-z0-9]+)?");
        List<String> images = new ArrayList<>();
        services.fields().forEachRemaining(service -> {
            if (service.getValue().has("image")) {
                images.add(service.getValue().path("image").asText());
            }
        });
        Repository.text("compose/app.Dockerfile").lines().filter(line -> line.startsWith("FROM "))
                .forEach(line -> images.add(line.substring("FROM ".length()).trim()));
        assertThat(images).hasSize(5).allSatisfy(image -> assertThat(image).matches(release));
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        Iterator<String> fields = node.fieldNames();
        fields.forEachRemaining(names::add);
        return names;
    }

    private static Set<String> values(JsonNode node) {
        Set<String> values = new HashSet<>();
        node.forEach(value -> values.add(value.asText()));
        return values;
    }
}
