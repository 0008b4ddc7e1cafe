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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * Generated tables of 10 and of 10,000 routes (score per single match). {@code hot}: the same
 * 1024 requests for the ten routes both tables end with, so only the table size differs (the
 * "no linear scan" test); {@code uniform}: requests spread over every route of the table, which
 * adds the cache misses of a table that no longer fits the CPU caches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScaleBenchmark {

    private static final int REQUESTS = 1024;

    @Param({"10", "10000"})
    public int routes;

    @Param({"hot", "uniform"})
    public String requests;

    private Router<Integer> router;
    private String[] methods;
    private String[] paths;

    @Setup
    public void setUp() {
        RouteData table = GeneratedTable.routes(routes);
        int among = requests.equals("hot") ? GeneratedTable.HOT : routes;
        RouteData asked = GeneratedTable.requests(table, among, REQUESTS, 42L);
        router = table.router();
        methods = asked.methods().toArray(new String[0]);
        paths = asked.paths().toArray(new String[0]);
        for (int i = 0; i < REQUESTS; i++) {
            RouteMatch<Integer> match = router.match(methods[i], paths[i]);
            if (match == null || match.target() == null) {
                throw new IllegalStateException(methods[i] + " " + paths[i] + " matched nothing");
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(REQUESTS)
    public void freshview(Blackhole hole) {
        for (int i = 0; i < REQUESTS; i++) {
            hole.consume(router.match(methods[i], paths[i]));
        }
    }
}
