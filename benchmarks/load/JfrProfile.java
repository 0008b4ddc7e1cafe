import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Where the bytes and the CPU samples of one endpoint's requests go, from the JFR recordings
 * {@code measure.sh --jfr} makes, per response, side by side for two endpoints:
 *
 * <pre>
 * java benchmarks/load/JfrProfile.java &lt;run dir&gt; page-view page-servlet ['org.freshview|jasper']
 * </pre>
 *
 * Reads {@code <endpoint>.jfr} and the responses wrk counted during it ({@code jfr-wrk.txt}), and
 * prints for the server's worker threads ({@code default task-*}; the I/O threads apart):
 * allocated bytes per response (the {@code jdk.ObjectAllocationSample} weights, exact numbers
 * rather than {@code jfr print}'s rounded ones) and execution samples per 1,000 responses, each
 * keyed three ways: by the first frame outside the JDK (who asked), by class allocated at the top
 * frame, and by any frame on the stack matching the optional pattern (everything under a
 * method). The last column is the difference: the first endpoint less the second.
 */
public class JfrProfile {

    private static final int ROWS = 40;

    record Totals(Map<String, Double> bytes, Map<String, Double> samples) {
        Totals() {
            this(new HashMap<>(), new HashMap<>());
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        String a = args[1];
        String b = args[2];
        Pattern through = args.length > 3 ? Pattern.compile(args[3]) : null;
        Map<String, Long> responses = new HashMap<>();
        for (String line : java.nio.file.Files.readAllLines(dir.resolve("jfr-wrk.txt"))) {
            String[] f = line.trim().split("\\s+");
            responses.put(f[0], Long.parseLong(f[2]));
        }
        List<Function<RecordedEvent, List<String>>> keys = List.of(
                e -> List.of(caller(e.getStackTrace())),
                e -> List.of(e.getEventType().getName().endsWith("Sample") && e.hasField("objectClass")
                        ? e.getClass("objectClass").getName() + " @ " + top(e.getStackTrace())
                        : "self " + top(e.getStackTrace())),
                e -> matching(e.getStackTrace(), through));
        String[] titles = {"first frame outside the JDK", "class allocated @ top frame (execution: top frame)",
                "through a frame matching " + through};
        for (int k = 0; k < keys.size(); k++) {
            if (k == 2 && through == null) {
                break;
            }
            Totals ta = read(dir.resolve(a + ".jfr"), keys.get(k));
            Totals tb = read(dir.resolve(b + ".jfr"), keys.get(k));
            print(titles[k] + ": bytes per response", a, b, ta.bytes, tb.bytes, responses.get(a), responses.get(b), 1);
            print(titles[k] + ": execution samples per 1,000 responses", a, b, ta.samples, tb.samples,
                    responses.get(a), responses.get(b), 1000);
        }
    }

    private static Totals read(Path file, Function<RecordedEvent, List<String>> key) throws IOException {
        Totals totals = new Totals();
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent e = recording.readEvent();
                String type = e.getEventType().getName();
                boolean allocation = type.equals("jdk.ObjectAllocationSample");
                if (!allocation && !type.equals("jdk.ExecutionSample")) {
                    continue;
                }
                var thread = allocation ? e.getThread("eventThread") : e.getThread("sampledThread");
                String name = thread == null ? "?" : thread.getJavaName();
                String group = name == null ? "other" : name.startsWith("default task") ? "worker"
                        : name.startsWith("default I/O") ? "io" : "other";
                Map<String, Double> into = allocation ? totals.bytes : totals.samples;
                double weight = allocation ? e.getLong("weight") : 1;
                into.merge("[" + group + " threads, all]", weight, Double::sum);
                if (!group.equals("worker")) {
                    continue;
                }
                for (String k : key.apply(e)) {
                    into.merge(k, weight, Double::sum);
                }
            }
        }
        return totals;
    }

    private static void print(String title, String a, String b, Map<String, Double> ta, Map<String, Double> tb,
                              long ra, long rb, int per) {
        System.out.printf("%n### %s%n%n| key | %s | %s | difference |%n|---|---:|---:|---:|%n", title, a, b);
        Set<String> all = new HashSet<>(ta.keySet());
        all.addAll(tb.keySet());
        List<String> sorted = new ArrayList<>(all);
        Function<String, Double> diff = k -> ta.getOrDefault(k, 0.0) * per / ra - tb.getOrDefault(k, 0.0) * per / rb;
        sorted.sort((x, y) -> {
            boolean gx = x.startsWith("["), gy = y.startsWith("[");
            if (gx != gy) {
                return gx ? -1 : 1;
            }
            return Double.compare(Math.abs(diff.apply(y)) + Math.max(ta.getOrDefault(y, 0.0) * per / ra, 0) * 1e-9,
                    Math.abs(diff.apply(x)) + Math.max(ta.getOrDefault(x, 0.0) * per / ra, 0) * 1e-9);
        });
        int shown = 0;
        for (String k : sorted) {
            if (!k.startsWith("[") && shown++ >= ROWS) {
                break;
            }
            System.out.printf("| %s | %.1f | %.1f | %+.1f |%n", k.replace("|", "\\|"),
                    ta.getOrDefault(k, 0.0) * per / ra, tb.getOrDefault(k, 0.0) * per / rb, diff.apply(k));
        }
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static boolean jdk(String name) {
        return name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")
                || name.startsWith("com.sun.");
    }

    private static String top(RecordedStackTrace stack) {
        return stack == null || stack.getFrames().isEmpty() ? "?" : name(stack.getFrames().get(0));
    }

    private static String caller(RecordedStackTrace stack) {
        if (stack == null) {
            return "?";
        }
        for (RecordedFrame f : stack.getFrames()) {
            String n = name(f);
            if (!jdk(n)) {
                return n;
            }
        }
        return "(JDK only) " + top(stack);
    }

    private static List<String> matching(RecordedStackTrace stack, Pattern pattern) {
        if (stack == null || pattern == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        for (RecordedFrame f : stack.getFrames()) {
            String n = name(f);
            if (pattern.matcher(n).find()) {
                seen.add(n);
            }
        }
        return new ArrayList<>(seen);
    }
}
