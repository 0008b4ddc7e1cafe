package ${package};

import org.freshview.testkit.IsolationCheck;
import org.freshview.testkit.ValueIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.net.URI;

/**
 * Checks that concurrent requests never see each other's name or greeting, against the running
 * application (the check sends real HTTP requests, so it needs a server). Skipped unless
 * {@code app.url} is given: start the server with {@code mvn -Prun package}, then in another
 * terminal
 *
 * <pre>
 * mvn test -Dtest=HelloViewIsolationTest -Dapp.url=http://localhost:8080/${artifactId}/
 * </pre>
 */
@EnabledIfSystemProperty(named = "app.url", matches = ".+")
class HelloViewIsolationTest {

    @Test
    void concurrent_requests_never_answer_with_another_requests_values() {
        URI hello = URI.create(System.getProperty("app.url")).resolve("hello");

        IsolationCheck.against(hello)
                .requests(2_000)
                .concurrency(32)
                .distinctValue(ValueIn.lastPathSegment(), ValueIn.query("greeting"))
                .run()
                .assertIsolated(); // fails with the first leaks: what was sent, what came back
    }
}
