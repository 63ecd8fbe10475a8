package com.mirante.query.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A request the API cannot answer as asked; rendered as a 400 problem+json. */
public class BadRequestException extends ResponseStatusException {

    public BadRequestException(String detail) {
        super(HttpStatus.BAD_REQUEST, detail);
    }
}
