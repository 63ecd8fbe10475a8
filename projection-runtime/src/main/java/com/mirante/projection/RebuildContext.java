package com.mirante.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Whether the projection code running now works for a rebuild: its changes go to tables nobody
 * reads until the switch, so they are not news to anyone (a projection that announces its changes
 * stays quiet). The rebuild's processor marks each of its units of work as it hands it an event;
 * the mark is a resource of that unit of work, so it holds for every handler of the batch and for
 * what runs just before the batch commits, on whichever thread the batch runs, and ends with it.
 */
public final class RebuildContext {

    private static final String RESOURCE = RebuildContext.class.getName() + ".model";

    private RebuildContext() {
    }

    /** True inside a unit of work of a rebuild's processor (handlers, and its prepare-commit steps). */
    public static boolean active() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root().resources().containsKey(RESOURCE);
    }

    /** Marks every unit of work of the rebuild processor of {@code model} before its handlers run. */
    static MessageHandlerInterceptor<EventMessage<?>> marking(String model) {
        return (unitOfWork, chain) -> {
            mark(unitOfWork, model);
            return chain.proceed();
        };
    }

    private static void mark(UnitOfWork<?> unitOfWork, String model) {
        unitOfWork.root().resources().putIfAbsent(RESOURCE, model);
    }
}
