package org.freshview.audit;

import java.util.List;

/**
 * What one audit of an application found.
 *
 * @param target       the WAR, EAR, jar or directory audited
 * @param classesRead  the class files read (the application's and its libraries')
 * @param classesAudited how many shared classes were audited
 * @param millis       the wall-clock time of reading and auditing
 * @param classes      the shared classes with findings, findings suppressed by the baseline removed
 * @param suppressed   the findings the baseline suppressed
 */
public record AuditReport(String target, int classesRead, int classesAudited, long millis,
                          List<ClassFindings> classes, int suppressed) {

    /**
     * The findings left after the baseline.
     *
     * @return how many there are
     */
    public int findingCount() {
        return classes.stream().mapToInt(c -> c.findings().size()).sum();
    }
}
