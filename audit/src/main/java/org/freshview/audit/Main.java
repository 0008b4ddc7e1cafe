package org.freshview.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line: {@code java -jar freshview-audit-cli.jar [options] app.war}. Exit status 0, or 1
 * when there are findings and {@code --fail-on-findings} is given, or 2 for a usage or read error.
 */
public final class Main {

    static final String USAGE = """
            Usage: freshview-audit [options] PATH
              PATH is a WAR, EAR, jar or directory of classes. Finds fields that requests write in shared
              classes, of which one instance serves all requests (servlets, filters, listeners, singleton
              REST resources and providers, CDI @ApplicationScoped and @Singleton beans, Spring singletons,
              Struts 1 actions).
            Options:
              --format text|sarif      text (default) or SARIF 2.1.0
              --output FILE            write the report to FILE instead of standard output
              --fail-on-findings       exit with status 1 when there are findings
              --baseline FILE          accepted findings, one class#field per line
              --write-baseline FILE    write every finding to FILE as a baseline
              --package PREFIX         audit only classes in this package (repeatable)
              --include-libraries      audit the classes of WEB-INF/lib (and the like) too
            """;

    private Main() {
    }

    /**
     * Runs the command line and exits with its status.
     *
     * @param args the arguments, as {@code --help} lists them
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments, as {@code --help} lists them
     * @param out  where the report goes unless {@code --output} names a file
     * @param err  where errors go
     * @return the exit status: 0, 1 with findings and {@code --fail-on-findings}, 2 for a bad
     *         argument or an unreadable file
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String format = "text";
        Path output = null;
        Path baselineFile = null;
        Path writeBaseline = null;
        boolean failOnFindings = false;
        boolean libraries = false;
        List<String> packages = new ArrayList<>();
        Path target = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--format" -> format = value(args, ++i);
                    case "--output" -> output = Path.of(value(args, ++i));
                    case "--baseline" -> baselineFile = Path.of(value(args, ++i));
                    case "--write-baseline" -> writeBaseline = Path.of(value(args, ++i));
                    case "--package" -> packages.add(value(args, ++i));
                    case "--fail-on-findings" -> failOnFindings = true;
                    case "--include-libraries" -> libraries = true;
                    case "--help", "-h" -> {
                        out.print(USAGE);
                        return 0;
                    }
                    default -> {
                        if (args[i].startsWith("-") || target != null) {
                            throw new IllegalArgumentException("unexpected argument " + args[i]);
                        }
                        target = Path.of(args[i]);
                    }
                }
            }
            if (target == null) {
                throw new IllegalArgumentException("no WAR, EAR, jar or directory given");
            }
            if (!format.equals("text") && !format.equals("sarif")) {
                throw new IllegalArgumentException("--format is " + format + "; expected text or sarif");
            }
        } catch (IllegalArgumentException e) {
            err.println("freshview-audit: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try {
            if (!Files.exists(target)) {
                err.println("freshview-audit: " + target + " does not exist");
                return 2;
            }
            Baseline baseline = baselineFile == null ? Baseline.none() : Baseline.read(baselineFile);
            AuditReport report = new ApplicationAudit(libraries, List.copyOf(packages), baseline).run(target);
            String rendered = format.equals("sarif") ? SarifReport.render(report) : TextReport.render(report);
            if (output == null) {
                out.print(rendered);
            } else {
                Files.writeString(output, rendered, StandardCharsets.UTF_8);
                err.println(TextReport.summary(report) + " Report: " + output);
            }
            if (writeBaseline != null) {
                Baseline.write(report, writeBaseline);
            }
            return failOnFindings && report.findingCount() > 0 ? 1 : 0;
        } catch (IOException e) {
            err.println("freshview-audit: cannot read " + target + ": " + e.getMessage());
            return 2;
        }
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }
}
