package com.mirante.gateway.ingest;

/** How the processing of one SQS message ended. */
public sealed interface Outcome {

    /** Every record was applied (or was a duplicate, or needed no command): delete the message. */
    record Applied(int records) implements Outcome {
    }

    /** The message can never be applied: move it to the dead-letter queue with its reason. */
    record Rejected(String errorCode, String errorMessage) implements Outcome {
    }

    /**
     * Something outside the message failed for a passing reason (see {@link Failures}): let it come back later.
     *
     * @param storeUnavailable the event store could not be reached at all
     */
    record Failed(String errorCode, String errorMessage, boolean storeUnavailable) implements Outcome {
    }
}
