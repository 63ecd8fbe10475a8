package com.mirante.projection;

/** The operation is understood but cannot be carried out in the processor's current state. */
public class OperationRefusedException extends RuntimeException {

    OperationRefusedException(String message) {
        super(message);
    }
}
