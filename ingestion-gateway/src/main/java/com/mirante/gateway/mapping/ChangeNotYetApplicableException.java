package com.mirante.gateway.mapping;

/**
 * A change that needs another change first (a delete of a charge whose posting has not arrived
 * yet). Not permanent: the message comes back after its visibility timeout, and the queue's
 * redrive policy dead-letters it if the other change never comes.
 */
public class ChangeNotYetApplicableException extends RuntimeException {

    public ChangeNotYetApplicableException(String message) {
        super(message);
    }
}
