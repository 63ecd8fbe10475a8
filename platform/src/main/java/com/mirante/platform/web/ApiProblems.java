package com.mirante.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.lang.annotation.Annotation;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's errors as RFC 9457 {@code application/problem+json}, in one shape. A request Spring
 * refuses before the controller runs (a value of the wrong type, a missing parameter, a constraint
 * or a range broken, an unreadable body) is a 400 whose {@code errors} names every parameter at
 * fault with what it must be; the value sent is never echoed. A statement the database cancelled
 * for the API (its statement timeout or temp-file limit) is a 503: the request asked too much now.
 * Every other error keeps Spring's own problem detail.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    /** The PostgreSQL errors of a statement cancelled for running too long, and for spilling too much to disk. */
    private static final String QUERY_CANCELED = "57014";
    private static final String CONFIGURATION_LIMIT_EXCEEDED = "53400";

    /** One parameter at fault: a query or path parameter, or a field of the JSON body. */
    public record InvalidParameter(String parameter, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : ex.getPropertyName();
        return badRequest(ex, headers, request, List.of(new InvalidParameter(name, expected(ex.getRequiredType()))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return badRequest(ex, headers, request, List.of(new InvalidParameter(ex.getParameterName(), "is required")));
    }

    /** Only a value that converts to nothing is the client's fault; a path variable the mapping lacks is ours. */
    @Override
    protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException ex, HttpHeaders headers,
                                                               HttpStatusCode status, WebRequest request) {
        if (!ex.isMissingAfterConversion()) {
            return super.handleMissingPathVariable(ex, headers, status, request);
        }
        return badRequest(ex, headers, request, List.of(new InvalidParameter(ex.getVariableName(), "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        if (ex.isForReturnValue()) {
            // What the API answered broke its own constraints: the server's fault, not the request's.
            return super.handleHandlerMethodValidationException(ex, headers, status, request);
        }
        List<InvalidParameter> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors fields) {
                fields.getAllErrors().forEach(error -> errors.add(invalid(error)));
            } else {
                String name = requestName(result.getMethodParameter());
                result.getResolvableErrors().forEach(error -> errors.add(new InvalidParameter(name,
                        error.getDefaultMessage())));
            }
        }
        ex.getCrossParameterValidationResults().forEach(error -> errors.add(new InvalidParameter("",
                error.getDefaultMessage())));
        return badRequest(ex, headers, request, errors);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return badRequest(ex, headers, request, ex.getAllErrors().stream().map(ApiProblems::invalid).toList());
    }

    /** Names the body's field when Jackson says which one it could not read (a list's, not the element's). */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String field = ex.getCause() instanceof JsonMappingException mapping
                ? mapping.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                        .filter(Objects::nonNull).collect(Collectors.joining("."))
                : "";
        field = field.isEmpty() ? "body" : field;
        String message = "body".equals(field) ? "is not a readable JSON document of the expected shape"
                : "has a value of the wrong type or out of range";
        return badRequest(ex, headers, request, List.of(new InvalidParameter(field, message)));
    }

    /**
     * A statement the database cancelled for the API's limits is a 503; any other database failure
     * goes on to Spring's own handling (rethrowing tells Spring this handler does not take it).
     */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<Object> handleDatabaseLimit(DataAccessException ex, WebRequest request) {
        String state = sqlState(ex);
        String detail;
        if (QUERY_CANCELED.equals(state)) {
            detail = "The database cancelled the query: it ran longer than the API allows. Ask for less, or later.";
        } else if (CONFIGURATION_LIMIT_EXCEEDED.equals(state)) {
            detail = "The database cancelled the query: it needed more temporary space than the API allows.";
        } else {
            throw ex;
        }
        logger.warn("Database cancelled an API statement (SQL state " + state + "): " + ex.getMostSpecificCause());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.SERVICE_UNAVAILABLE, request);
    }

    private ResponseEntity<Object> badRequest(Exception ex, HttpHeaders headers, WebRequest request,
                                              List<InvalidParameter> errors) {
        String detail = errors.stream()
                .map(error -> error.parameter().isEmpty() ? error.message() : error.parameter() + " " + error.message())
                .collect(Collectors.joining("; "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request parameters");
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A field of a body ({@code messageIds[]} is the list {@code messageIds}), or the body as a whole. */
    private static InvalidParameter invalid(ObjectError error) {
        String name = error instanceof FieldError field ? field.getField().replaceAll("\\[[^]]*]", "") : "body";
        return new InvalidParameter(name, error.getDefaultMessage());
    }

    /** The name the client used: the annotation's when it gives one, else the Java parameter's. */
    private static String requestName(MethodParameter parameter) {
        MergedAnnotations annotations = MergedAnnotations.from(parameter.getParameterAnnotations());
        for (Class<? extends Annotation> type : List.of(RequestParam.class, PathVariable.class)) {
            MergedAnnotation<? extends Annotation> annotation = annotations.get(type);
            if (annotation.isPresent() && !annotation.getString("name").isEmpty()) {
                return annotation.getString("name");
            }
        }
        return parameter.getParameterName();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "has a value that cannot be read";
        }
        if (type == LocalDate.class) {
            return "must be a date written yyyy-MM-dd";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return "has a value that cannot be read as " + type.getSimpleName();
    }

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
