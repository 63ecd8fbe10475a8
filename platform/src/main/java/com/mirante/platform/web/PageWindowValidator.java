package com.mirante.platform.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraintvalidation.SupportedValidationTarget;
import jakarta.validation.constraintvalidation.ValidationTarget;

/** Checks {@link PageWindow}; a page or size missing or out of its own bounds is left to that parameter's constraints. */
@SupportedValidationTarget(ValidationTarget.PARAMETERS)
public class PageWindowValidator implements ConstraintValidator<PageWindow, Object[]> {

    private PageWindow window;

    @Override
    public void initialize(PageWindow annotation) {
        window = annotation;
    }

    @Override
    public boolean isValid(Object[] arguments, ConstraintValidatorContext context) {
        int pageIndex = CrossParameters.index(context, window.page());
        if (!(arguments[pageIndex] instanceof Number page)
                || !(arguments[CrossParameters.index(context, window.size())] instanceof Number size)
                || page.longValue() < 0 || size.longValue() < 1) {
            return true;
        }
        // (page + 1) x size <= maxRows, divided through so that no multiplication can overflow.
        return page.longValue() < window.maxRows() / size.longValue() || CrossParameters.refuse(context, pageIndex);
    }
}
