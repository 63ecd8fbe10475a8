package com.mirante.projection;

/** What an operation names does not exist (or no longer does): a processor, a segment, a dead letter. */
public class ProcessorNotFoundException extends RuntimeException {

    ProcessorNotFoundException(String message) {
        super(message);
    }
}
