package com.mirante.projection;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The changes a batched projection gathers over the events of one batch, to read and write its
 * rows once per batch instead of once per event. A pooled processor handles a batch of events in
 * one unit of work and one transaction: the batch lives as long as that unit of work, and is
 * written just before it commits, in its transaction (a failure there rolls the whole batch back).
 *
 * <pre>{@code
 * private OrderBatch batch() {
 *     return ProjectionBatch.current(BATCH, OrderBatch::new, batch -> rows.write(batch));
 * }
 * }</pre>
 */
public final class ProjectionBatch {

    private ProjectionBatch() {
    }

    /**
     * The batch of the event being handled, created on the batch's first event.
     *
     * @param key          names the batch among the unit of work's resources: one per projection
     * @param create       makes an empty batch
     * @param beforeCommit writes the batch, once, just before the unit of work commits
     */
    public static <B> B current(String key, Supplier<B> create, Consumer<B> beforeCommit) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(key, name -> {
            B batch = create.get();
            unitOfWork.onPrepareCommit(committing -> beforeCommit.accept(batch));
            return batch;
        });
    }
}
