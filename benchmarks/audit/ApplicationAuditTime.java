import org.freshview.audit.ApplicationAudit;
import org.freshview.audit.AuditReport;
import org.freshview.audit.Baseline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The command-line audit's speed: reads and audits one application five times in one JVM (the
 * first pass cold, as a build runs it), printing classes read per second of wall and of thread CPU
 * time. CPU time is the steadier number on a shared machine. Run with the JDK's source launcher:
 *
 * <pre>
 * java -cp audit/target/freshview-audit-0.1.0-SNAPSHOT-cli.jar benchmarks/audit/ApplicationAuditTime.java \
 *     app.war [--include-libraries]
 * </pre>
 */
public class ApplicationAuditTime {

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        boolean libraries = args.length > 1 && args[1].equals("--include-libraries");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int pass = 1; pass <= 5; pass++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            AuditReport report = new ApplicationAudit(libraries, List.of(), Baseline.none()).run(target);
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf(Locale.ROOT, "pass %d: %d classes read, %d shared classes audited, %d findings;"
                            + " %.2f s wall (%.0f classes/s), %.2f s CPU (%.0f classes/s)%n", pass,
                    report.classesRead(), report.classesAudited(), report.findingCount(), wallSeconds,
                    report.classesRead() / wallSeconds, cpuSeconds, report.classesRead() / cpuSeconds);
        }
    }
}
