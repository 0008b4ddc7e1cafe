package org.freshview.internal.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RenderMessagesTest {

    @Test
    void an_engine_that_cannot_be_loaded_is_named_with_the_service_loaders_reason() {
        assertEquals("FV-603 org.freshview.ViewEngine: A template engine listed in"
                        + " META-INF/services/org.freshview.ViewEngine could not be loaded:"
                        + " org.freshview.ViewEngine: Provider com.example.MustacheEngine not found."
                        + " Check that the engine module's dependencies are in the WAR (see docs/template-engines.md).",
                RenderMessages.unloadableEngine("org.freshview.ViewEngine: Provider com.example.MustacheEngine not found")
                        .toString());
    }
}
