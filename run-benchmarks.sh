#!/usr/bin/env sh
# Builds Mirante and runs the benchmark suite at each store size given (events written into the
# event store before measuring; default 100000), each benchmark in a JVM of its own. Writes
# target/benchmarks/results.json and results.md (and each benchmark's JSON and log beside them).
# The embedded PostgreSQL writes durably (fsync, synchronous_commit, full_page_writes on); --fsync-off
# turns fsync and synchronous_commit off, and the results say so.
#   ./run-benchmarks.sh 100000 2000000
#   ./run-benchmarks.sh --fsync-off 100000
set -e
cd "$(dirname "$0")"
[ $# -eq 0 ] && set -- 100000
./mvnw -B -q clean package -DskipTests -pl benchmarks,ingestion-gateway -am
exec java ${JAVA_OPTS:-} -cp benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar \
  -Dloader.main=com.mirante.benchmarks.BenchmarkSuite org.springframework.boot.loader.launch.PropertiesLauncher \
  "$@"
