package org.freshview.internal.render;

import org.freshview.Page;
import org.freshview.TemplateNames;
import org.freshview.ViewEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnginesTest {

    private static ViewEngine claiming(TemplateNames names) {
        return new ViewEngine() {
            @Override
            public TemplateNames templateNames() {
                return names;
            }

            @Override
            public void render(Page page) {
            }
        };
    }

    private final ViewEngine html = claiming(TemplateNames.endingWith(".html"));
    private final ViewEngine mail = claiming(TemplateNames.startingWith("mail/"));
    private final Engines engines = new Engines(List.of(html, mail));

    @Test
    void a_name_goes_to_the_one_engine_that_claims_it() {
        assertSame(html, ((Engines.Resolution.Engine) engines.resolve("order.html")).engine());
        assertSame(mail, ((Engines.Resolution.Engine) engines.resolve("mail/receipt.txt")).engine());
    }

    @Test
    void a_path_starting_with_a_slash_is_forwarded_even_with_an_extension_an_engine_claims() {
        assertSame(Engines.Resolution.FORWARD, engines.resolve("/WEB-INF/order.jsp"));
        assertSame(Engines.Resolution.FORWARD, engines.resolve("/index.html"));
    }

    @Test
    void a_name_no_engine_claims_or_two_claim_is_a_problem() {
        assertSame(Engines.Resolution.UNCLAIMED, engines.resolve("order.mustache"));
        assertInstanceOf(Engines.Resolution.Ambiguous.class, engines.resolve("mail/receipt.html"));
    }

    @Test
    void a_name_that_cannot_be_rendered_is_logged_once() {
        List<String> logged = new ArrayList<>();
        Logger logger = Logger.getLogger(Engines.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            for (int i = 0; i < 3; i++) {
                engines.failed("order.mustache", "com.example.OrderView", engines.resolve("order.mustache"));
            }
        } finally {
            logger.removeHandler(handler);
        }

        assertEquals(1, logged.size(), logged::toString);
        assertTrue(logged.get(0).startsWith("FV-601 com.example.OrderView: No template engine renders \"order.mustache\""),
                logged.get(0));
    }
}
