package com.mirante.gateway.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * A receive batch's bodies applied together: one unit of work, one database transaction, one append
 * of all their events, one commit, where each body alone would cost a transaction and a commit (a
 * disk flush, on durable settings) per command. All or nothing: when any body fails, for whatever
 * reason, nothing of the batch is kept and the caller applies its bodies one by one with
 * {@link ChangeIngestion}, so a bad record costs no good one its place.
 * <p>
 * Safe beside other pollers because the batch's commands run in nested units of work of one root:
 * the aggregate locks they take are held until the root commits, so no other transaction appends to
 * an aggregate this one has uncommitted events for, and two batches that would wait on each other's
 * locks are told so by Axon's lock factory (a deadlock exception: this batch falls back). Commands go
 * to the bus without the gateway's in-process retries, which would run on another thread, outside
 * this unit of work, and wait for a lock it holds.
 */
@Component
public class BatchIngestion {

    private static final Logger log = LoggerFactory.getLogger(BatchIngestion.class);

    private final ChangeIngestion ingestion;
    private final CommandGateway withoutRetries;
    private final TransactionManager transactions;

    BatchIngestion(ChangeIngestion ingestion, CommandBus commandBus, TransactionManager transactions) {
        this.ingestion = ingestion;
        this.withoutRetries = DefaultCommandGateway.builder().commandBus(commandBus).build();
        this.transactions = transactions;
    }

    /**
     * The bodies' outcomes, in order, once all were applied and committed together; every body
     * {@link Outcome.Failed} when the event store could not be reached; empty when the batch must be
     * applied body by body instead (nothing of it was kept).
     */
    public Optional<List<Outcome>> ingestTogether(List<String> bodies) {
        if (!bodies.stream().allMatch(ingestion::fitsTheLimit)) {
            return Optional.empty();
        }
        var result = DefaultUnitOfWork.startAndGet(null).executeWithResult(() -> {
            CurrentUnitOfWork.get().attachTransaction(transactions);
            return applyAll(bodies);
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (!result.isExceptional()) {
            return Optional.of(result.getPayload());
        }
        Throwable failure = result.exceptionResult();
        if (failure instanceof Error error && Failures.isFatal(error)) {
            throw error;
        }
        if (Failures.isOutage(failure)) {
            Outcome outage = ChangeIngestion.failed(failure);
            return Optional.of(Collections.nCopies(bodies.size(), outage));
        }
        log.atDebug().addKeyValue("error_code", failure.getClass().getSimpleName())
                .log("A batch of {} could not be applied together ({}): one by one", bodies.size(), Failures.describe(failure));
        return Optional.empty();
    }

    private List<Outcome> applyAll(List<String> bodies) {
        List<Outcome> outcomes = new ArrayList<>(bodies.size());
        try {
            for (String body : bodies) {
                outcomes.add(ingestion.apply(body, withoutRetries));
            }
            return outcomes;
        } finally {
            MDC.remove("event_source");
        }
    }
}
