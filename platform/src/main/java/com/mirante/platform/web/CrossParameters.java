package com.mirante.platform.web;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateCrossParameterConstraintValidatorContext;

/**
 * For constraints over several parameters of a method: finds a parameter by name, and puts a
 * violation on it, so the problem names the parameter the client sent and not the method.
 */
public final class CrossParameters {

    private CrossParameters() {
    }

    /** The index of the parameter called {@code name}; a constraint naming none is a programming error. */
    public static int index(ConstraintValidatorContext context, String name) {
        List<String> names = context.unwrap(HibernateCrossParameterConstraintValidatorContext.class)
                .getMethodParameterNames();
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("The constrained method has no parameter " + name + ": " + names);
        }
        return index;
    }

    /** Reports the constraint's message as a violation of the parameter at {@code index}; answers false. */
    public static boolean refuse(ConstraintValidatorContext context, int index) {
        return refuse(context, index, context.getDefaultConstraintMessageTemplate());
    }

    /** Reports {@code message} (a message template) as a violation of the parameter at {@code index}; answers false. */
    public static boolean refuse(ConstraintValidatorContext context, int index, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addParameterNode(index).addConstraintViolation();
        return false;
    }
}
