package org.freshview.processor;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Gradle reads the processor's incremental category from the jar; a wrong one makes its
 * incremental builds miss route conflicts (isolating) or drop to full recompiles (none).
 */
class GradleIncrementalDeclarationTest {

    @Test
    void theProcessorIsDeclaredAggregatingBecauseRouteConflictsAreFoundAcrossViews() throws IOException {
        // isolating would let Gradle run the processor on the edited view alone, so an FV-201
        // conflict between it and an unchanged view would go unreported until deployment
        List<String> lines;
        try (InputStream in = ViewProcessor.class.getResourceAsStream(
                "/META-INF/gradle/incremental.annotation.processors")) {
            assertNotNull(in, "META-INF/gradle/incremental.annotation.processors is missing from the processor jar");
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
        assertEquals(List.of(ViewProcessor.class.getName() + ",aggregating"), lines);
    }
}
