package com.mirante.operations;

import java.net.URI;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Puts one good and one unreadable change on the gateway's queue, so every meter has a series. */
final class ChangeTraffic {

    private static boolean sent;

    private ChangeTraffic() {
    }

    /** Once per JVM: the test classes share the running applications. */
    static synchronized void sendOnce(Environment gateway) {
        if (!sent) {
            send(gateway);
            sent = true;
        }
    }

    static void send(Environment gateway) {
        try (SqsClient sqs = SqsClient.builder()
                .endpointOverride(URI.create(gateway.getRequiredProperty("mirante.sqs.endpoint")))
                .region(Region.of(gateway.getRequiredProperty("mirante.sqs.region")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        gateway.getRequiredProperty("mirante.sqs.access-key"),
                        gateway.getRequiredProperty("mirante.sqs.secret-key"))))
                .build()) {
            String queue = gateway.getRequiredProperty("mirante.sqs.queue-url");
            sqs.sendMessage(b -> b.queueUrl(queue).messageBody(reservation()));
            sqs.sendMessage(b -> b.queueUrl(queue).messageBody("not a change record"));
        }
    }

    private static String reservation() {
        return """
                {"data":{"id_reserva":7001,"num_reserva":"TST01-2025-007001","cod_hotel":"TST01","id_hospede":7,
                "dt_chegada":"2025-06-10","dt_partida":"2025-06-12","qtd_adultos":2,"qtd_criancas":0,
                "cod_tipo_apto":"STD","cod_tarifa":"BAR","vlr_diaria":"250.00","vlr_total":"500.00","cod_moeda":"BRL",
                "sit_reserva":"C","canal_origem":"SITE","fl_garantida":"false","dh_inclusao":"2025-05-01T08:00:00.000000Z",
                "nr_versao":1},"metadata":{"timestamp":"2025-05-01T11:00:01.000000Z","record-type":"data",
                "operation":"insert","partition-key-type":"schema-table","schema-name":"reservas","table-name":"reserva",
                "transaction-id":7001,"transaction-record-id":1,"commit-timestamp":"2025-05-01T11:00:00.500000Z",
                "stream-position":"00000E00/00007001.2.00000E00/00007001"}}""".replace("\n", "");
    }
}
