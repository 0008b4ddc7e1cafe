package org.freshview.demo.forms;

import java.util.Map;

/**
 * What one page of the application posts: a form object Freshview creates for the request,
 * fills from the form fields ({@code @FormParam}) and checks with Bean Validation before the
 * page's handler runs. Its answers are stored only when there was no error.
 */
public interface PageForm {

    /** The answers to store, by form parameter name, without surrounding spaces; empty for none. */
    Map<String, String> answers();

    /** The text as stored: stripped, empty for a field not sent. */
    static String stored(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
