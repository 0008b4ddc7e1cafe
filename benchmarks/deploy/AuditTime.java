import org.freshview.internal.audit.SharedClass;
import org.freshview.internal.audit.SharedStateAudit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The audit alone, outside any server: reads every class under a directory as a shared class,
 * five times in one JVM, printing wall and thread CPU time per pass (the first pass runs cold, as
 * at a deployment). Run with the JDK's source launcher:
 *
 * <pre>
 * java -cp extension/target/freshview-0.1.0-SNAPSHOT.jar benchmarks/deploy/AuditTime.java \
 *     benchmarks/deploy/target/run-.../war/WEB-INF/classes
 * </pre>
 */
public class AuditTime {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".class"))
                    .forEach(p -> names.add(root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "")));
        }
        ClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, AuditTime.class.getClassLoader());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int pass = 1; pass <= 5; pass++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            int findings = 0;
            for (String name : names) {
                findings += new SharedStateAudit().audit(new SharedClass(name, loader, "a servlet")).size();
            }
            System.out.printf("pass %d: %d classes, %d findings, wall %d ms, thread CPU %d ms%n", pass, names.size(),
                    findings, (System.nanoTime() - wall) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
    }
}
