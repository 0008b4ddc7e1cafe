package org.freshview.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.freshview.Form;
import org.freshview.internal.rules.InjectableType;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class InjectedParametersTest {

    @Test
    void the_injectable_types_the_rules_accept_are_the_classes_the_binders_supply() {
        List<String> classes = List.of(HttpServletRequest.class.getName(), HttpServletResponse.class.getName(),
                HttpSession.class.getName(), Locale.class.getName(), Form.class.getName());
        assertEquals(classes, Arrays.stream(InjectableType.values()).map(InjectableType::typeName).toList());
        classes.forEach(name -> assertNotNull(Binders.injected(name), name));
    }

    @Test
    void any_other_type_has_no_binder() {
        assertNull(Binders.injected("java.lang.String"));
        assertNull(Binders.injected("jakarta.servlet.ServletRequest"));
    }
}
