package com.mirante.projection;

import com.mirante.projection.ProcessorView.RebuildView;
import com.mirante.projection.ProcessorView.SegmentView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;

/**
 * Builds each processor's view from three sources: the token store (every segment, its owner and
 * position, whichever node claims it), this node's processor (the live state of the segments it
 * claims) and the operations table (paused, replay pending).
 */
class ProcessorStatus {

    private final EventProcessingConfiguration processing;
    private final ProcessorTokens tokens;
    private final ProcessorOperations operations;
    private final EventStoreHead head;
    private final Throughput throughput;
    private final ProcessorNode node;
    private final Rebuilds rebuilds;

    ProcessorStatus(EventProcessingConfiguration processing, ProcessorTokens tokens, ProcessorOperations operations,
                    EventStoreHead head, Throughput throughput, ProcessorNode node, Rebuilds rebuilds) {
        this.processing = processing;
        this.tokens = tokens;
        this.operations = operations;
        this.head = head;
        this.throughput = throughput;
        this.node = node;
        this.rebuilds = rebuilds;
    }

    List<ProcessorView> all() {
        long headPosition = head.position();
        Map<String, ProcessorOperation> requested = operations.all();
        return processing.eventProcessors().keySet().stream().sorted()
                .flatMap(name -> view(name, headPosition, Optional.ofNullable(requested.get(name))).stream())
                .toList();
    }

    Optional<ProcessorView> of(String name) {
        return view(name, head.position(), operations.of(name));
    }

    private Optional<ProcessorView> view(String name, long headPosition, Optional<ProcessorOperation> operation) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .map(processor -> view(name, processor, headPosition, operation));
    }

    private ProcessorView view(String name, StreamingEventProcessor processor, long headPosition,
                               Optional<ProcessorOperation> operation) {
        Instant now = Instant.now();
        List<StoredToken> stored = tokens.of(name);
        List<SegmentView> segments = segments(stored, processor.processingStatus(), headPosition, now);
        long slowest = segments.stream().mapToLong(SegmentView::position).min().orElse(0);
        EventStoreHead.Backlog backlog = headPosition <= slowest ? new EventStoreHead.Backlog(0, Optional.empty())
                : head.backlog(slowest, headPosition, handled(processor));
        long lagEvents = backlog.events();
        double lagSeconds = backlog.oldest()
                .map(oldest -> Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0)).orElse(0.0);
        double rate = throughput.eventsPerSecond(name);
        long resetPosition = stored.stream().mapToLong(t -> t.resetPosition().orElse(0)).max().orElse(0);
        boolean replaying = segments.stream().anyMatch(SegmentView::replaying);
        boolean replayPending = operation.map(ProcessorOperation::replayPending).orElse(false);
        double progress = replayPending ? 0 : replaying && resetPosition > 0
                ? Math.min(1.0, (double) slowest / resetPosition) : 1.0;
        Double remaining = replaying && rate > 0 ? Math.max(0, resetPosition - slowest) / rate : null;
        RebuildView rebuild = rebuilds.of(name).map(r -> rebuild(r, headPosition, now)).orElse(null);
        return new ProcessorView(name, mode(processor), state(processor, segments, operation, replaying, rebuild),
                headPosition, segments, lagEvents, lagSeconds, rate, progress, remaining, deadLetters(name), rebuild);
    }

    private List<SegmentView> segments(List<StoredToken> stored, Map<Integer, EventTrackerStatus> local,
                                       long headPosition, Instant now) {
        int[] ids = stored.stream().mapToInt(StoredToken::segment).toArray();
        return stored.stream().map(token -> segment(token, local.get(token.segment()), ids, headPosition, now)).toList();
    }

    private RebuildView rebuild(Rebuilds.Rebuild rebuild, long headPosition, Instant now) {
        List<SegmentView> segments = segments(rebuild.tokens(), rebuild.local(), headPosition, now);
        // Committed positions: only what is in the new tables counts as built.
        long slowest = rebuild.tokens().stream().mapToLong(StoredToken::position).min().orElse(0);
        double progress = headPosition <= 0 ? (segments.isEmpty() ? 0 : 1)
                : Math.min(1.0, (double) slowest / headPosition);
        double rate = throughput.eventsPerSecond(rebuild.processorName());
        Double remaining = rate > 0 ? Math.max(0, headPosition - slowest) / rate : null;
        return new RebuildView(rebuild.version(), slowest, progress, remaining, rebuild.switchPending(), segments);
    }

    private SegmentView segment(StoredToken token, EventTrackerStatus status, int[] ids, long headPosition,
                                Instant now) {
        int mask = Segment.computeSegment(token.segment(), ids).getMask();
        String owner = token.claimedAt(now, node.claimTimeout()) ? token.owner() : null;
        if (status == null) {
            return new SegmentView(token.segment(), mask, owner, token.position(),
                    !token.replaying() && token.position() >= headPosition, token.replaying(), null);
        }
        long position = status.getCurrentPosition().orElse(token.position());
        String error = status.isErrorState() ? String.valueOf(status.getError()) : null;
        boolean replaying = status.isReplaying() && position < status.getResetPosition().orElse(Long.MAX_VALUE);
        return new SegmentView(token.segment(), mask, node.id(), position, status.isCaughtUp(), replaying, error);
    }

    private static ProcessorState state(StreamingEventProcessor processor, List<SegmentView> segments,
                                        Optional<ProcessorOperation> operation, boolean replaying,
                                        RebuildView rebuild) {
        if (processor.isError() || segments.stream().anyMatch(s -> s.error() != null)) {
            return ProcessorState.ERROR;
        }
        if (operation.map(ProcessorOperation::paused).orElse(false)) {
            return ProcessorState.PAUSED;
        }
        if (rebuild != null) {
            return ProcessorState.REBUILDING;
        }
        return replaying || operation.map(ProcessorOperation::replayPending).orElse(false)
                ? ProcessorState.REPLAYING : ProcessorState.RUNNING;
    }

    /** Whether the processor's handlers take events of a payload type (by its stored class name). */
    private static Predicate<String> handled(StreamingEventProcessor processor) {
        if (!(processor instanceof AbstractEventProcessor withHandlers)) {
            return type -> true;
        }
        return type -> {
            try {
                return withHandlers.eventHandlerInvoker().canHandleType(Class.forName(type));
            } catch (ClassNotFoundException e) {
                return false;
            }
        };
    }

    private static String mode(StreamingEventProcessor processor) {
        return processor instanceof PooledStreamingEventProcessor ? "pooled" : "tracking";
    }

    private long deadLetters(String processingGroup) {
        return processing.deadLetterQueue(processingGroup).map(SequencedDeadLetterQueue::size).orElse(0L);
    }
}
