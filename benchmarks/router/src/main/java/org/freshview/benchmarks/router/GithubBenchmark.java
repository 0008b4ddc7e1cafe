package org.freshview.benchmarks.router;

import org.freshview.internal.routing.RouteMatch;
import org.freshview.internal.routing.Router;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * The 203 routes of the GitHub v3 API, each matched with its one request: Freshview's router
 * against the Jakarta REST style baseline, per request (scores are per single match).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GithubBenchmark {

    private static final int ALL = 203;
    private static final int LITERAL = 36;
    private static final int VARIABLE = 167;

    private Router<Integer> router;
    private JakartaRestBaseline baseline;
    private String[] methods;
    private String[] paths;
    private String[] literalMethods;
    private String[] literalPaths;
    private String[] variableMethods;
    private String[] variablePaths;
    private final String[] groups = new String[8];
    private int next;

    @Setup
    public void setUp() {
        RouteData routes = RouteData.load("github.routes");
        RouteData requests = RouteData.load("github.requests");
        router = routes.router();
        baseline = new JakartaRestBaseline(routes);
        methods = requests.methods().toArray(new String[0]);
        paths = requests.paths().toArray(new String[0]);
        RouteData literal = requests.select(routes, true);
        RouteData variable = requests.select(routes, false);
        literalMethods = literal.methods().toArray(new String[0]);
        literalPaths = literal.paths().toArray(new String[0]);
        variableMethods = variable.methods().toArray(new String[0]);
        variablePaths = variable.paths().toArray(new String[0]);
        if (paths.length != ALL || literalPaths.length != LITERAL || variablePaths.length != VARIABLE) {
            throw new IllegalStateException("Unexpected GitHub table size: " + paths.length);
        }
        for (int i = 0; i < ALL; i++) {
            RouteMatch<Integer> match = router.match(methods[i], paths[i]);
            int viaBaseline = baseline.match(methods[i], paths[i], groups);
            if (match == null || match.target() != i || viaBaseline != i) {
                throw new IllegalStateException(methods[i] + " " + paths[i] + " did not reach route " + i
                        + ": router " + (match == null ? null : match.target()) + ", baseline " + viaBaseline);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(ALL)
    public void freshview(Blackhole hole) {
        for (int i = 0; i < ALL; i++) {
            hole.consume(router.match(methods[i], paths[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(LITERAL)
    public void freshviewLiteralRoutes(Blackhole hole) {
        for (int i = 0; i < LITERAL; i++) {
            hole.consume(router.match(literalMethods[i], literalPaths[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(VARIABLE)
    public void freshviewVariableRoutes(Blackhole hole) {
        for (int i = 0; i < VARIABLE; i++) {
            hole.consume(router.match(variableMethods[i], variablePaths[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(ALL)
    public void jakartaRestBaseline(Blackhole hole) {
        for (int i = 0; i < ALL; i++) {
            hole.consume(baseline.match(methods[i], paths[i], groups));
        }
    }

    /** One request per invocation, cycling through the table: its p0.50 is the median match time. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public RouteMatch<Integer> freshviewSampled() {
        int i = next;
        next = i + 1 == ALL ? 0 : i + 1;
        return router.match(methods[i], paths[i]);
    }
}
