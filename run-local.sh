#!/usr/bin/env sh
# Builds Mirante and starts the local run: query side on :8080, gateway on :8081, and, unless
# SPRING_DATASOURCE_URL / MIRANTE_SQS_QUEUE_URL say otherwise, embedded PostgreSQL and ElasticMQ (:9324),
# with a simulated hotel chain feeding the queue (--mirante.simulator.enabled=false turns it off).
# Extra arguments go to both applications, e.g. --mirante.sqs.pollers=4
set -e
cd "$(dirname "$0")"
./mvnw -B -q install -DskipTests
exec java ${JAVA_OPTS:-} -jar local-stack/target/local-stack-0.1.0-SNAPSHOT.jar "$@"
