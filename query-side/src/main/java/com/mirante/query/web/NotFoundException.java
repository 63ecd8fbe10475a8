package com.mirante.query.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The thing asked for does not exist (or no longer does); rendered as a 404 problem+json. */
public class NotFoundException extends ResponseStatusException {

    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, detail);
    }
}
