package com.mirante.gateway.erasure;

import com.mirante.api.guest.GuestErased;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Asks for a sweep of the dead letters when a guest is erased. A subscribing handler (gateway.yml):
 * it runs in the erasing command's unit of work, and asks only once that has committed, so the
 * sweep finds the guest erased.
 */
@Component
@ProcessingGroup(ErasureSweepTrigger.PROCESSING_GROUP)
class ErasureSweepTrigger {

    static final String PROCESSING_GROUP = "dead-letter-erasure";

    private final DeadLetterSweep sweep;

    ErasureSweepTrigger(DeadLetterSweep sweep) {
        this.sweep = sweep;
    }

    @EventHandler
    void on(GuestErased event) {
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().afterCommit(unitOfWork -> sweep.request());
        } else {
            sweep.request();
        }
    }
}
