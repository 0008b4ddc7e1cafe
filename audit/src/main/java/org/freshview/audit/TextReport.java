package org.freshview.audit;

import org.freshview.internal.audit.Finding;

import java.util.Locale;

/** The audit's findings for a reader: grouped by class, each with the method of the write and the fix. */
final class TextReport {

    private TextReport() {
    }

    static String render(AuditReport report) {
        StringBuilder text = new StringBuilder(summary(report)).append('\n');
        for (ClassFindings shared : report.classes()) {
            text.append('\n').append(shared.className()).append(": ").append(shared.role()).append('\n');
            for (Finding finding : shared.findings()) {
                text.append("  ").append(finding.diagnostic().id()).append(' ').append(finding.field());
                if (finding.source() != null && finding.line() > 0) {
                    text.append(" (").append(fileName(finding.source())).append(':').append(finding.line()).append(')');
                }
                text.append(": ").append(finding.diagnostic().problem()).append('\n');
                text.append("    Fix: ").append(finding.diagnostic().fix()).append('\n');
            }
        }
        return text.toString();
    }

    /** One line: what was read, how long it took, how many findings. */
    static String summary(AuditReport report) {
        String line = String.format(Locale.ROOT, "Freshview audit of %s: %d classes read, %d shared classes audited"
                        + " in %.2f s; %d findings in %d classes", report.target(), report.classesRead(),
                report.classesAudited(), report.millis() / 1000.0, report.findingCount(), report.classes().size());
        return line + (report.suppressed() > 0 ? " (" + report.suppressed() + " accepted by the baseline)." : ".");
    }

    private static String fileName(String source) {
        return source.substring(source.lastIndexOf('/') + 1);
    }
}
