#!/usr/bin/env sh
# Builds Mirante and starts the local run: query side on :8080, gateway on :8081, and, unless
# SPRING_DATASOURCE_URL / MIRANTE_SQS_QUEUE_URL say otherwise, embedded PostgreSQL (:5433) and
# ElasticMQ (:9324), with a simulated hotel chain feeding the queue (--mirante.simulator.enabled=false
# turns it off). Everything is kept in data/ (--mirante.local.data-dir=... or MIRANTE_LOCAL_DATA_DIR
# for another directory) from one run to the next; --fresh deletes it first, to start over.
# Other arguments go to both applications, e.g. --mirante.sqs.pollers=4
set -e
cd "$(dirname "$0")"
fresh=false
data_dir=${MIRANTE_LOCAL_DATA_DIR:-data}
for arg do
    shift
    case "$arg" in
        --fresh) fresh=true; continue ;;
        --mirante.local.data-dir=*) data_dir=${arg#*=} ;;
    esac
    set -- "$@" "$arg"
done
if $fresh && [ -e "$data_dir" ]; then
    pid_file="$data_dir/postgres/postmaster.pid"
    if [ -f "$pid_file" ] && pid=$(head -n 1 "$pid_file") && kill -0 "$pid" 2>/dev/null; then
        echo "--fresh: PostgreSQL (pid $pid) still runs on $data_dir: stop the local run first (or kill $pid, the server of a run that was killed)" >&2
        exit 1
    fi
    echo "--fresh: deleting $data_dir: the event store, every query model and the queued messages (postgres/), the master key (master.key) and the simulator's progress (simulator.properties)"
    rm -rf -- "$data_dir"
fi
./mvnw -B -q install -DskipTests
exec java ${JAVA_OPTS:-} -jar local-stack/target/local-stack-0.1.0-SNAPSHOT.jar "$@"
