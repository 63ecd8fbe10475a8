package com.mirante.query.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The request is understood but cannot be carried out in the current state; a 409 problem+json. */
public class ConflictException extends ResponseStatusException {

    public ConflictException(String detail) {
        super(HttpStatus.CONFLICT, detail);
    }
}
