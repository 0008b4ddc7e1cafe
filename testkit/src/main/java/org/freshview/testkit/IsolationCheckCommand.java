package org.freshview.testkit;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs an {@link IsolationCheck} from the command line, for soak runs outside a test:
 *
 * <pre>
 * java -jar freshview-testkit.jar http://127.0.0.1:8080/app/echo --requests 1000000 --concurrency 64 \
 *      --query key --header X-Key --seconds 600
 * </pre>
 *
 * <p>Prints the summary and a last line {@code sent=N answered=N leaked=N failed=N seconds=S}
 * for scripts. Exit status: 0 isolated, 1 leaks seen, 2 failures only, 64 bad arguments.
 */
public final class IsolationCheckCommand {

    private IsolationCheckCommand() {
    }

    /**
     * Runs one check and exits with its status.
     *
     * @param args the URL, then options as in the class description
     */
    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("-")) {
            usage("give the URL first");
            return;
        }
        IsolationCheck check = IsolationCheck.against(URI.create(args[0]));
        List<ValueIn> places = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--path")) {
                places.add(ValueIn.lastPathSegment());
                continue;
            }
            if (i + 1 >= args.length) {
                usage(option + " needs a value");
                return;
            }
            String value = args[++i];
            switch (option) {
                case "--requests" -> check.requests(Integer.parseInt(value));
                case "--concurrency" -> check.concurrency(Integer.parseInt(value));
                case "--seconds" -> check.within(Duration.ofSeconds(Long.parseLong(value)));
                case "--query" -> places.add(ValueIn.query(value));
                case "--header" -> places.add(ValueIn.header(value));
                case "--form" -> places.add(ValueIn.form(value));
                default -> {
                    usage("unknown option " + option);
                    return;
                }
            }
        }
        if (!places.isEmpty()) {
            check.distinctValue(places.toArray(ValueIn[]::new));
        }
        IsolationReport report = check.run();
        System.out.println(report.summary());
        System.out.printf("sent=%d answered=%d leaked=%d failed=%d seconds=%.1f%n", report.sent(), report.answered(),
                report.leaked(), report.failed(), report.elapsed().toMillis() / 1000.0);
        System.exit(report.leaked() > 0 ? 1 : report.failed() > 0 ? 2 : 0);
    }

    private static void usage(String problem) {
        System.err.println("isolation check: " + problem);
        System.err.println("usage: URL [--requests N] [--concurrency N] [--seconds N]"
                + " [--query NAME] [--header NAME] [--form NAME] [--path]...");
        System.exit(64);
    }
}
