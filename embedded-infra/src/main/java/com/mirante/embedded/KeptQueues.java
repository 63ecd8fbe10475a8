package com.mirante.embedded;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.actor.Props;
import org.apache.pekko.pattern.Patterns;
import org.elasticmq.StrictSQSLimits$;
import org.elasticmq.actor.QueueManagerActor;
import org.elasticmq.actor.queue.QueueEvent;
import org.elasticmq.persistence.sql.SqlQueuePersistenceActor;
import org.elasticmq.persistence.sql.SqlQueuePersistenceConfig;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.elasticmq.util.NowProvider;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;
import scala.util.Either;

/**
 * An ElasticMQ server whose queues and messages live in the embedded PostgreSQL (ElasticMQ's SQL
 * persistence, database {@value #DATABASE}), so they outlast the JVM as the event store does. Every
 * change to a queue is written before ElasticMQ answers the request that made it: a message whose
 * send was acknowledged is kept, a deletion acknowledged stays done. The queues are restored before
 * the server takes its first request.
 */
final class KeptQueues {

    static final String DATABASE = "elasticmq";
    private static final Duration RESTORE = Duration.ofMinutes(2);

    private final ActorSystem system;
    private final SQSRestServer server;

    private KeptQueues(ActorSystem system, SQSRestServer server) {
        this.system = system;
        this.server = server;
    }

    static KeptQueues start(String bindInterface, int port, String region) {
        SqlQueuePersistenceConfig storage = new SqlQueuePersistenceConfig(true, "org.postgresql.Driver",
                database(), "postgres", "postgres", false);
        ActorSystem system = ActorSystem.create("elasticmq");
        ActorRef persistence = system.actorOf(Props.create(SqlQueuePersistenceActor.class,
                () -> new SqlQueuePersistenceActor(storage, CollectionConverters.asScala(List.<org.elasticmq.persistence.CreateQueueMetadata>of()).toList())));
        ActorRef queueManager = system.actorOf(Props.create(QueueManagerActor.class,
                () -> new QueueManagerActor(new NowProvider(), StrictSQSLimits$.MODULE$, Option.apply(persistence))));
        restore(persistence, queueManager);
        SQSRestServer server = SQSRestServerBuilder.withActorSystem(system).withQueueManagerActor(queueManager)
                .withInterface(bindInterface).withPort(port).withAWSRegion(region).start();
        server.waitUntilStarted();
        return new KeptQueues(system, server);
    }

    int port() {
        return server.waitUntilStarted().localAddress().getPort();
    }

    void stop() {
        server.stopAndWait();
        system.terminate();
    }

    /**
     * The database, with the type ElasticMQ's tables are declared with ({@code blob}, H2's name for
     * what PostgreSQL calls {@code bytea}), created on first use.
     */
    private static String database() {
        if (!EmbeddedDatabases.exists("pg_database", "datname", DATABASE)) {
            EmbeddedDatabases.execute("create database " + DATABASE);
        }
        String url = EmbeddedPostgres.jdbcUrl(0).replace("/postgres?", "/" + DATABASE + "?");
        EmbeddedDatabases.execute(url, "DO $$ BEGIN IF to_regtype('blob') IS NULL THEN"
                + " CREATE DOMAIN blob AS bytea; END IF; END $$");
        return url;
    }

    private static void restore(ActorRef persistence, ActorRef queueManager) {
        try {
            Object outcome = Patterns.ask(persistence, new QueueEvent.Restore(queueManager), RESTORE)
                    .toCompletableFuture().get(RESTORE.toSeconds(), TimeUnit.SECONDS);
            if (outcome instanceof Either<?, ?> either && either.isLeft()) {
                throw new IllegalStateException("ElasticMQ could not restore its queues: " + either.left().get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while ElasticMQ restored its queues", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("ElasticMQ could not restore its queues", e);
        }
    }
}
