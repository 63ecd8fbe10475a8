package com.mirante.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time used by each process of a run: the gateway, this JVM (the query side, the embedded
 * ElasticMQ and the sender) and PostgreSQL's processes on this machine. Compared over a phase and
 * divided by the records applied in it, it says how many records per second the machine's cores
 * could carry at most, whatever the latency. A PostgreSQL process that ends within the phase (an
 * autovacuum worker) is not counted, so PostgreSQL's figure is a lower bound.
 */
final class CpuBudget {

    private final ProcessHandle gateway;
    private Map<String, Map<Long, Duration>> start;
    private long startNanos;

    CpuBudget(ProcessHandle gateway) {
        this.gateway = gateway;
    }

    void start() {
        start = sample();
        startNanos = System.nanoTime();
    }

    /** Cores used by each process since {@link #start()}, and CPU milliseconds per applied record, each and in all. */
    Map<String, Object> since(long recordsApplied) {
        double seconds = Results.secondsSince(startNanos);
        Map<String, Map<Long, Duration>> end = sample();
        Map<String, Object> result = new LinkedHashMap<>();
        double totalMillis = 0;
        for (Map.Entry<String, Map<Long, Duration>> group : end.entrySet()) {
            Map<Long, Duration> before = start.get(group.getKey());
            double millis = group.getValue().entrySet().stream()
                    .mapToDouble(process -> process.getValue().minus(before.getOrDefault(process.getKey(), Duration.ZERO))
                            .toNanos() / 1e6)
                    .sum();
            totalMillis += millis;
            result.put(group.getKey() + "Cores", Results.round(millis / 1000 / seconds));
            if (recordsApplied > 0) {
                result.put(group.getKey() + "MillisPerRecord", Math.round(millis / recordsApplied * 1000) / 1000.0);
            }
        }
        result.put("totalCores", Results.round(totalMillis / 1000 / seconds));
        result.put("recordsApplied", recordsApplied);
        result.put("appliedPerSecond", Results.round(recordsApplied / seconds));
        if (recordsApplied > 0) {
            double perRecord = totalMillis / recordsApplied;
            result.put("cpuMillisPerRecord", Math.round(perRecord * 1000) / 1000.0);
            int cores = Runtime.getRuntime().availableProcessors();
            result.put("recordsPerSecondTheCoresAllow", Results.round(cores * 1000 / perRecord));
        }
        return result;
    }

    /** CPU time by process id, in three groups. */
    private Map<String, Map<Long, Duration>> sample() {
        Map<String, Map<Long, Duration>> cpu = new LinkedHashMap<>();
        cpu.put("gateway", cpu(Stream.of(gateway)));
        cpu.put("benchmarkJvm", cpu(Stream.of(ProcessHandle.current())));
        cpu.put("postgres", cpu(ProcessHandle.allProcesses()
                .filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false))));
        return cpu;
    }

    private static Map<Long, Duration> cpu(Stream<ProcessHandle> processes) {
        return processes.collect(Collectors.toMap(ProcessHandle::pid,
                process -> process.info().totalCpuDuration().orElse(Duration.ZERO)));
    }
}
