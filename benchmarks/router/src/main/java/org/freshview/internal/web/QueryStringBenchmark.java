package org.freshview.internal.web;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Parsing a query string or form body of 1 KB, 100 KB and 2 MB (score per parse): the time per
 * byte must stay flat. In the package of {@link QueryString}, which is internal, to call it as
 * the request path does; the parameter limit is lifted so the whole text is parsed.
 *
 * <p>{@code names}: {@code a&a&a...}, names without values, the body that cost 11 s of CPU at
 * 2 MB when the search for '=' ran to the end of the text. {@code pairs}: {@code f123=v%20123&...},
 * distinct names with escaped values, the shape of a real form.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QueryStringBenchmark {

    private static final RequestRefused TOO_MANY = new RequestRefused(413, "too many");

    @Param({"1024", "102400", "2097152"})
    public int bytes;

    @Param({"names", "pairs"})
    public String shape;

    private String text;

    @Setup
    public void setUp() throws RequestRefused {
        StringBuilder out = new StringBuilder(bytes);
        for (int i = 0; ; i++) {
            String pair = (i > 0 ? "&" : "") + (shape.equals("names") ? "a" : "f" + i + "=v%20" + i);
            if (out.length() + pair.length() > bytes) {
                break;
            }
            out.append(pair);
        }
        while (out.length() < bytes) {
            out.append('&'); // an empty pair, skipped: the text is exactly the size asked for
        }
        text = out.toString();
        Map<String, List<String>> parsed = parse();
        if (parsed.isEmpty()) {
            throw new IllegalStateException("nothing parsed from " + text.substring(0, 40));
        }
    }

    @Benchmark
    public Map<String, List<String>> parse() throws RequestRefused {
        return QueryString.parse(text, Integer.MAX_VALUE, TOO_MANY);
    }
}
