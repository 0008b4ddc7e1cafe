package org.freshview.demo.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo scaled out as in production: WildFly (deployed by Arquillian, port 8080) and embedded
 * Tomcat + Weld (a JVM of its own, port 8180) on one PostgreSQL, behind HAProxy
 * ({@code src/test/haproxy/haproxy.cfg}: round robin, no sticky sessions) on 127.0.0.1:18080.
 * HAProxy's log names the server of every request; each page names it in {@code X-Served-By}
 * and its footer. Then faults: a server killed with SIGKILL, PostgreSQL restarted, 50 users
 * while a server is killed and restarted, and two tabs saving one page at once.
 */
@ExtendWith(ArquillianExtension.class)
class LoadBalancedIT {

    static final int TOMCAT_PORT = Integer.getInteger("demo.tomcat.port", 8180);
    static final URI BALANCER = URI.create("http://127.0.0.1:18080/freshview-demo/");
    static final int USERS = Integer.getInteger("demo.balanced.users", 50);

    private static ServerProcess tomcat;
    private static ServerProcess haproxy;

    @Deployment(testable = false)
    static WebArchive demo() {
        return DemoWar.asBuilt();
    }

    @BeforeEach
    void startTomcatAndBalancer() {
        if (tomcat == null || !tomcat.isAlive()) {
            tomcat = ServerProcess.tomcat("tomcat", TOMCAT_PORT);
        }
        if (haproxy == null) {
            haproxy = ServerProcess.haproxy(Path.of(System.getProperty("demo.haproxy.config")).toAbsolutePath(),
                    BALANCER.resolve("forms"));
        }
        awaitInRotation("tomcat");
        awaitInRotation("wildfly");
    }

    @AfterAll
    static void stopTomcatAndBalancer() {
        if (haproxy != null) {
            haproxy.close();
            haproxy = null;
        }
        if (tomcat != null) {
            tomcat.close();
            tomcat = null;
        }
    }

    @Test
    void a_browser_walks_a_whole_form_through_the_balancer_and_every_request_goes_to_the_other_server()
            throws Exception {
        Path work = Path.of(System.getProperty("demo.work", "target/work"));
        Files.createDirectories(work);
        WebDriver browser = Browser.start(Files.createTempDirectory(work, "chromium-profile"));
        try {
            int logStart = requestLog().size();
            Map<String, String> servedBy = new LinkedHashMap<>();
            BrowserSteps steps = new BrowserSteps(browser);

            browser.get(BALANCER.resolve("forms").toString());
            assertEquals("Become a member", steps.text("h1"));
            servedBy.put("start", steps.text("#served-by"));
            steps.clickAndWait(By.id("start"));
            String pageOne = browser.getCurrentUrl();
            String form = pageOne.substring(0, pageOne.length() - 2);
            String key = form.substring(form.lastIndexOf('/') + 1);
            servedBy.put("page 1", steps.text("#served-by"));

            steps.type("fullName", "Grace Hopper");
            steps.type("email", "grace.example.org");
            steps.type("birthYear", "1956");
            steps.submit(); // invalid: shown again by the server that checked it, one request, no redirect
            assertEquals("Enter an e-mail address such as ada@example.org.", steps.text("#email-error"));
            servedBy.put("page 1 with an error", steps.text("#served-by"));
            steps.type("email", "grace@example.org");
            steps.submit();
            assertEquals("Address", steps.text("h1"));
            servedBy.put("page 2", steps.text("#served-by"));
            steps.type("street", "1 Navy Yard");
            steps.type("postalCode", "20374");
            steps.type("city", "Washington");
            steps.type("country", "USA");
            steps.submit();
            assertEquals("Membership", steps.text("h1"));
            servedBy.put("page 3", steps.text("#served-by"));
            browser.findElement(By.id("plan-supporting")).click();
            steps.type("comments", "Compilers on Sundays.");
            steps.submit();
            assertEquals("Review and submit", steps.text("h1"));
            servedBy.put("review", steps.text("#served-by"));
            assertEquals("Grace Hopper", steps.text("#answer-fullName"));
            assertEquals("Washington", steps.text("#answer-city"));
            steps.clickAndWait(By.id("submit"));
            assertEquals("Thank you, Grace Hopper", steps.text("h1"));
            servedBy.put("receipt", steps.text("#served-by"));

            List<Request> log = requestLog();
            List<Request> walk = log.subList(logStart, log.size());
            System.out.println("LoadBalancedIT browser walk, pages: " + servedBy);
            walk.forEach(request -> System.out.println("  " + request));
            assertEquals(12, walk.size(), "the walk's requests through the balancer: " + walk);
            for (int i = 1; i < walk.size(); i++) {
                assertFalse(walk.get(i).server().equals(walk.get(i - 1).server()),
                        "request " + i + " went to the same server as the one before: " + walk);
            }
            assertEquals(Set.of("wildfly", "tomcat"), new HashSet<>(servedBy.values()), "pages shown: " + servedBy);
            Set<String> savedBy = new HashSet<>();
            walk.stream().filter(r -> r.method().equals("POST") && r.status() == 303).forEach(r -> savedBy.add(r.server()));
            assertEquals(Set.of("wildfly", "tomcat"), savedBy, "both servers saved pages: " + walk);

            Map<String, String> row = DemoDatabase.row(key).orElseThrow();
            assertEquals("SUBMITTED", row.get("status"));
            assertEquals("Grace Hopper", row.get("full_name"));
            assertEquals("grace@example.org", row.get("email"));
            assertEquals("1956", row.get("birth_year"));
            assertEquals("1 Navy Yard", row.get("street"));
            assertEquals("20374", row.get("postal_code"));
            assertEquals("Washington", row.get("city"));
            assertEquals("USA", row.get("country"));
            assertEquals("supporting", row.get("plan"));
            assertEquals("Compilers on Sundays.", row.get("comments"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void a_server_killed_between_two_pages_loses_nothing_and_the_user_continues_on_the_other() {
        DemoClient user = new DemoClient();
        URI form = start(user);
        Applications.savePage(user, form, 1, Applications.aboutYou("Ada Lovelace", "ada@example.org"));
        Applications.savePage(user, form, 2, Applications.address("1 Main St", "London", "UK"));

        tomcat.kill();
        int afterKill = requestLog().size();

        Applications.savePage(user, form, 3, Applications.membership("student", "Rowing since 2020."));
        HttpResponse<String> review = user.get(Applications.page(form, 4));
        assertEquals(200, review.statusCode());
        assertEquals("wildfly", review.headers().firstValue("X-Served-By").orElseThrow());
        assertTrue(review.body().contains("<dd id=\"answer-fullName\">Ada Lovelace</dd>"), review.body());
        assertTrue(review.body().contains("<dd id=\"answer-city\">London</dd>"), review.body());
        assertEquals(303, user.post(Applications.page(form, 4), Map.of()).statusCode());

        Map<String, String> row = DemoDatabase.row(Applications.key(form)).orElseThrow();
        assertEquals("SUBMITTED", row.get("status"));
        assertEquals("Ada Lovelace", row.get("full_name"));
        assertEquals("London", row.get("city"));
        assertEquals("student", row.get("plan"));
        List<Request> log = requestLog();
        List<Request> after = log.subList(afterKill, log.size());
        assertTrue(after.stream().allMatch(r -> r.server().equals("wildfly") && r.status() < 500),
                "after the kill every request is answered by WildFly: " + after);
    }

    @Test
    void a_database_restart_between_two_pages_gives_a_friendly_error_at_worst_and_the_retry_saves_the_whole_page() {
        if (!Postgres.inUse()) {
            return; // H2 given on the command line: there is no database server to restart
        }
        DemoClient user = new DemoClient();
        URI form = start(user);
        Applications.savePage(user, form, 1, Applications.aboutYou("Ada Lovelace", "ada@example.org"));

        Postgres.restart();

        Map<String, String> address = Applications.address("1 Main St", "London", "UK");
        List<Integer> attempts = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            HttpResponse<String> shown = user.get(Applications.page(form, 2));
            attempts.add(shown.statusCode());
            if (shown.statusCode() != 200) {
                assertFriendlyError(shown);
                continue;
            }
            HttpResponse<String> saved = user.post(Applications.page(form, 2), address);
            attempts.add(saved.statusCode());
            Map<String, String> row = DemoDatabase.row(Applications.key(form)).orElseThrow();
            if (saved.statusCode() == 303) {
                break;
            }
            assertFriendlyError(saved);
            assertTrue(row.get("street") == null && row.get("city") == null && row.get("country") == null,
                    "a failed save leaves none of the page: " + row);
        }
        System.out.println("LoadBalancedIT after a PostgreSQL restart, statuses of GET/POST page 2: " + attempts);
        assertEquals(303, attempts.get(attempts.size() - 1), "saved at last: " + attempts);
        Map<String, String> row = DemoDatabase.row(Applications.key(form)).orElseThrow();
        assertEquals("Ada Lovelace", row.get("full_name"));
        assertEquals("1 Main St", row.get("street"));
        assertEquals("12345", row.get("postal_code"));
        assertEquals("London", row.get("city"));
        assertEquals("UK", row.get("country"));
        assertEquals("3", row.get("reached_page"));
    }

    @Test
    void fifty_users_finish_their_own_forms_while_a_server_is_killed_and_restarted() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        Load load = new Load();
        ExecutorService users = Executors.newFixedThreadPool(USERS);
        List<Future<List<Load.Filled>>> results = new ArrayList<>();
        long began = System.nanoTime();
        for (int u = 0; u < USERS; u++) {
            int user = u;
            results.add(users.submit(() -> load.walkUntil(user, stop)));
        }
        ServerProcess.sleep(Duration.ofSeconds(2));
        long killedAt = System.nanoTime();
        tomcat.kill();
        int servedBeforeRestart = requestLog().size();
        ServerProcess.sleep(Duration.ofSeconds(2));
        try {
            tomcat = ServerProcess.tomcat("tomcat", TOMCAT_PORT);
            awaitServed("tomcat", servedBeforeRestart, Duration.ofSeconds(30));
            ServerProcess.sleep(Duration.ofSeconds(1));
        } finally {
            stop.set(true);
        }
        users.shutdown();
        assertTrue(users.awaitTermination(120, TimeUnit.SECONDS), "the users finished");

        List<Load.Filled> forms = new ArrayList<>();
        for (Future<List<Load.Filled>> result : results) {
            forms.addAll(result.get());
        }
        int mismatches = 0;
        List<String> wrong = new ArrayList<>();
        Map<String, Map<String, String>> stored = DemoDatabase.all();
        for (Load.Filled filled : forms) {
            Map<String, String> row = stored.getOrDefault(filled.key(), Map.of());
            Map<String, String> expected = filled.expectedRow();
            for (Map.Entry<String, String> column : expected.entrySet()) {
                if (!column.getValue().equals(row.get(column.getKey()))) {
                    mismatches++;
                    wrong.add(filled.key() + " " + column.getKey() + "=" + row.get(column.getKey())
                            + " expected " + column.getValue());
                }
            }
        }
        Set<String> usersWithForms = new HashSet<>();
        forms.forEach(f -> usersWithForms.add(f.user()));
        List<Double> failedAfterKill = new ArrayList<>();
        load.failedAt.forEach(at -> failedAfterKill.add(Math.round((at - killedAt) / 1e7) / 100.0));
        System.out.printf("LoadBalancedIT %d users, one server SIGKILLed after 2 s and restarted: %d requests,"
                        + " %d failed (%s, seconds after the kill: %s), %d forms completed, %d mismatches,"
                        + " %.1f s (kill at %.1f s)%n",
                USERS, load.requests.get(), load.failures.size(), load.failures, failedAfterKill, forms.size(),
                mismatches, (System.nanoTime() - began) / 1e9, (killedAt - began) / 1e9);
        assertEquals(List.of(), wrong, "every form holds only its own user's values");
        assertEquals(USERS, usersWithForms.size(), "every user completed at least one form");
        assertTrue(load.failures.size() <= USERS,
                "at most one failed request per user, the one in flight on the killed server: " + load.failures);
        assertTrue(failedAfterKill.stream().allMatch(seconds -> seconds >= 0 && seconds < 2),
                "requests failed only at the kill (in flight), none later: " + failedAfterKill);
        List<Request> log = requestLog();
        List<Request> afterRestart = log.subList(servedBeforeRestart, log.size());
        assertTrue(afterRestart.stream().anyMatch(r -> r.server().equals("tomcat")), "the restarted server serves again");
    }

    @Test
    void two_tabs_saving_the_same_page_at_once_leave_one_tabs_answers_never_a_mix() throws Exception {
        DemoClient first = new DemoClient();
        URI form = start(first);
        DemoClient second = new DemoClient();
        Map<String, String> fromFirst = Applications.aboutYou("First Tab", "first@example.org");
        Map<String, String> fromSecond = Map.of("fullName", "Second Tab", "email", "second@example.org",
                "birthYear", "1970");
        ExecutorService tabs = Executors.newFixedThreadPool(2);
        Map<String, Integer> wins = new LinkedHashMap<>(Map.of("first", 0, "second", 0));
        try {
            for (int round = 0; round < 20; round++) {
                assertEquals(200, first.get(Applications.page(form, 1)).statusCode());
                assertEquals(200, second.get(Applications.page(form, 1)).statusCode());
                CountDownLatch go = new CountDownLatch(1);
                Future<HttpResponse<String>> a = tabs.submit(() -> {
                    go.await();
                    return first.post(Applications.page(form, 1), fromFirst);
                });
                Future<HttpResponse<String>> b = tabs.submit(() -> {
                    go.await();
                    return second.post(Applications.page(form, 1), fromSecond);
                });
                go.countDown();
                assertEquals(303, a.get().statusCode());
                assertEquals(303, b.get().statusCode());
                Map<String, String> row = DemoDatabase.row(Applications.key(form)).orElseThrow();
                List<String> saved = List.of(row.get("full_name"), row.get("email"), row.get("birth_year"));
                if (saved.equals(List.of("First Tab", "first@example.org", "1990"))) {
                    wins.merge("first", 1, Integer::sum);
                } else if (saved.equals(List.of("Second Tab", "second@example.org", "1970"))) {
                    wins.merge("second", 1, Integer::sum);
                } else {
                    throw new AssertionError("round " + round + ": a mix of both tabs: " + saved);
                }
            }
        } finally {
            tabs.shutdownNow();
        }
        System.out.println("LoadBalancedIT two tabs, 20 rounds, last write won: " + wins);
    }

    private static URI start(DemoClient user) {
        HttpResponse<String> list = user.get(BALANCER.resolve("forms"));
        assertEquals(200, list.statusCode());
        HttpResponse<String> created = user.post(BALANCER.resolve("forms"), Map.of());
        assertEquals(303, created.statusCode(), DemoClient.abbreviate(created.body()));
        String pageOne = DemoClient.location(created).toString();
        return URI.create(pageOne.substring(0, pageOne.length() - 2));
    }

    private static void assertFriendlyError(HttpResponse<String> response) {
        assertEquals(500, response.statusCode());
        assertTrue(response.body().contains("<h1>Something went wrong</h1>"), response.body());
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "),
                "no stack trace: " + response.body());
    }

    /** Sends page requests through the balancer until it has given one to this server. */
    private static void awaitInRotation(String server) {
        awaitServed(server, requestLog().size(), Duration.ofSeconds(30));
    }

    private static void awaitServed(String server, int fromLine, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        DemoClient probe = new DemoClient();
        while (System.nanoTime() < deadline) {
            try {
                probe.get(BALANCER.resolve("forms"));
            } catch (UncheckedIOException e) {
                // the balancer is still choosing
            }
            List<Request> log = requestLog();
            if (log.subList(Math.min(fromLine, log.size()), log.size()).stream()
                    .anyMatch(r -> r.server().equals(server) && r.status() == 200)) {
                return;
            }
            ServerProcess.sleep(Duration.ofMillis(300));
        }
        throw new AssertionError(server + " is not in the balancer's rotation: " + haproxy.logTail());
    }

    /** HAProxy's log of the page backend, one entry per request, in the order they ended. */
    static List<Request> requestLog() {
        List<Request> requests = new ArrayList<>();
        for (String line : haproxy.logLines()) {
            String[] parts = line.split(" ");
            if (parts.length == 5 && parts[0].equals("pages")) {
                requests.add(new Request(parts[1], parts[2], parts[3], Integer.parseInt(parts[4])));
            }
        }
        return requests;
    }

    record Request(String server, String method, String uri, int status) {
        @Override
        public String toString() {
            return server + " " + method + " " + uri + " " + status;
        }
    }

    /** Users walking whole forms through the balancer, retrying a step that failed, as a person would. */
    static final class Load {

        static final String[] PLANS = {"basic", "supporting", "student"};

        final AtomicInteger requests = new AtomicInteger();
        final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        final List<Long> failedAt = java.util.Collections.synchronizedList(new ArrayList<>());

        record Filled(String user, String key, Map<String, String> expectedRow) {
        }

        List<Filled> walkUntil(int user, AtomicBoolean stop) {
            List<Filled> filled = new ArrayList<>();
            DemoClient client = new DemoClient();
            for (int n = 0; n == 0 || !stop.get(); n++) {
                String id = "u" + user + "f" + n;
                URI[] form = new URI[1];
                step(id, () -> {
                    HttpResponse<String> list = send(id, () -> client.get(BALANCER.resolve("forms")), 200);
                    HttpResponse<String> created = send(id, () -> client.post(BALANCER.resolve("forms"), Map.of()), 303);
                    String pageOne = DemoClient.location(created).toString();
                    form[0] = URI.create(pageOne.substring(0, pageOne.length() - 2));
                    return list;
                });
                Map<String, String> about = Map.of("fullName", "Name " + id, "email", id + "@example.org",
                        "birthYear", String.valueOf(1950 + user % 50));
                Map<String, String> address = Map.of("street", "Street " + id, "postalCode", "P" + id,
                        "city", "City " + id, "country", "Country " + id);
                Map<String, String> membership = Map.of("plan", PLANS[user % 3], "comments", "Comment " + id);
                savePage(id, client, form[0], 1, about);
                savePage(id, client, form[0], 2, address);
                savePage(id, client, form[0], 3, membership);
                step(id, () -> {
                    // 302 when a submit whose answer was lost (its server killed) did go through: the
                    // review page of a submitted form redirects to the receipt, and posting again changes nothing
                    send(id, () -> client.get(Applications.page(form[0], 4)), 200, 302);
                    return send(id, () -> client.post(Applications.page(form[0], 4), Map.of()), 303);
                });
                Map<String, String> expected = new LinkedHashMap<>();
                expected.put("status", "SUBMITTED");
                expected.put("full_name", about.get("fullName"));
                expected.put("email", about.get("email"));
                expected.put("birth_year", about.get("birthYear"));
                expected.put("street", address.get("street"));
                expected.put("postal_code", address.get("postalCode"));
                expected.put("city", address.get("city"));
                expected.put("country", address.get("country"));
                expected.put("plan", membership.get("plan"));
                expected.put("comments", membership.get("comments"));
                filled.add(new Filled("u" + user, Applications.key(form[0]), expected));
            }
            return filled;
        }

        private void savePage(String id, DemoClient client, URI form, int page, Map<String, String> answers) {
            step(id, () -> {
                send(id, () -> client.get(Applications.page(form, page)), 200);
                return send(id, () -> client.post(Applications.page(form, page), answers), 303);
            });
        }

        /** Runs a step (GET the page, POST it) until it succeeds: a failed request is counted and the step redone. */
        private void step(String id, java.util.concurrent.Callable<?> step) {
            for (int attempt = 1; ; attempt++) {
                try {
                    step.call();
                    return;
                } catch (StepFailed e) {
                    if (attempt == 20) {
                        throw new AssertionError(id + " gave up after 20 attempts: " + e.getMessage());
                    }
                    ServerProcess.sleep(Duration.ofMillis(200));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        private HttpResponse<String> send(String id, java.util.function.Supplier<HttpResponse<String>> request,
                                          Integer... expected) {
            requests.incrementAndGet();
            HttpResponse<String> response;
            try {
                response = request.get();
            } catch (UncheckedIOException e) {
                failedAt.add(System.nanoTime());
                failures.add(id + ": " + e.getCause().getClass().getSimpleName());
                throw new StepFailed(e.getMessage());
            }
            if (response.statusCode() >= 500) {
                failedAt.add(System.nanoTime());
                failures.add(id + ": " + response.statusCode() + " " + response.request().method());
                throw new StepFailed("status " + response.statusCode());
            }
            assertTrue(List.of(expected).contains(response.statusCode()), id + " " + response.request().method() + " "
                    + response.statusCode() + " "
                    + response.uri() + ": " + DemoClient.abbreviate(response.body()));
            return response;
        }

        private static final class StepFailed extends RuntimeException {
            StepFailed(String message) {
                super(message);
            }
        }
    }

    /** The few browser actions the walk needs (as DemoBrowserIT's). */
    private record BrowserSteps(WebDriver browser) {

        String text(String css) {
            try {
                return browser.findElement(By.cssSelector(css)).getText().strip();
            } catch (NoSuchElementException e) {
                throw new AssertionError("No " + css + " on " + browser.getCurrentUrl() + ": "
                        + DemoClient.abbreviate(browser.getPageSource()), e);
            }
        }

        void type(String id, String text) {
            WebElement field = browser.findElement(By.id(id));
            field.clear();
            field.sendKeys(text);
        }

        void submit() {
            clickAndWait(By.cssSelector("button[type=submit]"));
        }

        void clickAndWait(By target) {
            Browser.clickAndWait(browser, target);
        }
    }
}
