package org.freshview.internal.web;

import java.util.Locale;

/** The Bean Validation of one handler, planned at deployment: which constraints to check, and each violation's field name. */
interface Constraints {

    /** A handler with nothing to validate. */
    Constraints NONE = (view, arguments, locale, into) -> {
    };

    /**
     * Validates the bound view and the handler's arguments, adding each violation's message, in
     * {@code locale}, to {@code into} under its field's request name; a field that did not
     * convert is skipped (it has its message already).
     */
    void check(Object view, Object[] arguments, Locale locale, FormInput into);
}
