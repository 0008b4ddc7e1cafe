package org.freshview.audit;

import org.freshview.internal.audit.Finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Findings accepted earlier, one {@code com.example.CounterServlet#count} (class and field) per line;
 * lines starting with {@code #} are comments. A baseline lets a build fail on new findings only.
 */
public final class Baseline {

    private final Set<String> accepted;

    private Baseline(Set<String> accepted) {
        this.accepted = accepted;
    }

    /**
     * A baseline that accepts nothing.
     *
     * @return the empty baseline
     */
    public static Baseline none() {
        return new Baseline(Set.of());
    }

    /**
     * Reads a baseline file: one {@code class#field} per line, {@code #} starts a comment.
     *
     * @param file the file
     * @return the findings it accepts
     * @throws IOException if the file cannot be read
     */
    public static Baseline read(Path file) throws IOException {
        Set<String> accepted = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                accepted.add(entry);
            }
        }
        return new Baseline(accepted);
    }

    /**
     * Whether the finding is accepted: its class and field are listed.
     *
     * @param finding a finding of the audit
     * @return {@code true} if the baseline lists its class and field
     */
    public boolean accepts(Finding finding) {
        return accepted.contains(finding.diagnostic().where());
    }

    /**
     * Writes a baseline accepting every finding of {@code report}.
     *
     * @param report the findings to accept
     * @param file   where to write the baseline
     * @throws IOException if the file cannot be written
     */
    public static void write(AuditReport report, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Freshview audit baseline: accepted findings, one class#field per line");
        for (ClassFindings shared : report.classes()) {
            for (Finding finding : shared.findings()) {
                if (!lines.contains(finding.diagnostic().where())) {
                    lines.add(finding.diagnostic().where());
                }
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
