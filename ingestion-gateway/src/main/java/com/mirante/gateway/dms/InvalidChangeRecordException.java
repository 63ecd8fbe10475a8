package com.mirante.gateway.dms;

/**
 * A change record that can never be applied, however often it is retried: it goes to the
 * dead-letter queue at once, with {@link #errorCode()} as the reason.
 */
public class InvalidChangeRecordException extends RuntimeException {

    private final String errorCode;

    public InvalidChangeRecordException(String errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    public InvalidChangeRecordException(String errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
