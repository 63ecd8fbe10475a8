package com.mirante.gateway.sqs;

/**
 * Takes out of a dead letter's body what the platform must no longer keep (another package knows
 * what that is: an erased guest's personal data). The transport only asks before it writes a body
 * to the dead-letter queue, and when it sweeps the queue.
 */
@FunctionalInterface
public interface DeadLetterRedaction {

    /**
     * The body to keep: {@code body} itself when nothing in it must go. Throws when it cannot tell
     * (its store is unreachable): the caller then keeps the message where it is and asks again later.
     */
    String redact(String body);
}
