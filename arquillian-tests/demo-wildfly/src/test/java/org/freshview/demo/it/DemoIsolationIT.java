package org.freshview.demo.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many users at once, each on their own form: every page they get and every row stored holds
 * their own data and nobody else's. This is the seed's bug, tested against the demo whose view
 * keeps key, page and form in fields.
 */
@ExtendWith(ArquillianExtension.class)
class DemoIsolationIT {

    static final int CLIENTS = Integer.getInteger("demo.isolation.clients", 50);
    static final int ROUNDS = Integer.getInteger("demo.isolation.rounds", 40);

    /**
     * Every value a client sends carries its marker, {@code ~u17~}; a response may show only its
     * own. A tilde is not in Base64url, so keys and CSRF tokens cannot look like a marker.
     */
    private static final Pattern MARKER = Pattern.compile("~u[0-9]+~");

    @Deployment(testable = false)
    static WebArchive demo() {
        return DemoWar.asBuilt();
    }

    @ArquillianResource
    URL base;

    @Test
    void concurrent_users_each_see_and_store_only_their_own_answers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch ready = new CountDownLatch(CLIENTS);
        List<Future<Walk>> walks = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < CLIENTS; i++) {
            int user = i;
            walks.add(pool.submit(() -> {
                ready.countDown();
                ready.await(); // start together, so the requests interleave
                return walk(user);
            }));
        }
        int requests = 0;
        List<Walk> done = new ArrayList<>();
        for (Future<Walk> walk : walks) {
            Walk finished = walk.get();
            done.add(finished);
            requests += finished.requests;
        }
        pool.shutdown();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Isolation: %d users, %d requests in %d ms (%.0f requests/s)%n",
                CLIENTS, requests, millis, requests * 1000.0 / millis);

        for (Walk walk : done) {
            Map<String, String> row = DemoDatabase.row(walk.key).orElseThrow();
            String own = marker(walk.user);
            for (String column : List.of("full_name", "email", "street", "city", "country", "comments")) {
                assertEquals(walk.last.get(column), row.get(column), walk.key + " " + column);
                assertEquals(Set.of(own), markers(row.get(column)), walk.key + " " + column + ": " + row.get(column));
            }
        }
        assertTrue(requests >= CLIENTS * 200, "each user made several hundred requests: " + requests);
    }

    /** One user: a new form, then rounds that post and read every page with fresh values. */
    private Walk walk(int user) {
        DemoClient client = new DemoClient();
        URI form = Applications.start(client, base);
        Walk walk = new Walk(user, Applications.key(form));
        walk.requests += 3;
        String own = marker(user);
        for (int round = 0; round < ROUNDS; round++) {
            String tag = own + " r" + round;
            String name = "Name " + tag;
            String email = own + "r" + round + "@example.org";
            String street = "Street " + tag;
            String city = "City " + tag;
            String country = "Country " + tag;
            String comments = "Comments " + tag;
            post(walk, client, form, 1, Applications.aboutYou(name, email));
            expectOwn(walk, client.get(Applications.page(form, 1)), name, email);
            post(walk, client, form, 2, Applications.address(street, city, country));
            expectOwn(walk, client.get(Applications.page(form, 2)), street, city, country);
            post(walk, client, form, 3, Applications.membership(round % 2 == 0 ? "basic" : "student", comments));
            expectOwn(walk, client.get(Applications.page(form, 3)), comments);
            expectOwn(walk, client.get(Applications.page(form, 4)), name, email, street, city, country, comments);
            walk.requests += 4;
            walk.last = Map.of("full_name", name, "email", email, "street", street, "city", city,
                    "country", country, "comments", comments);
        }
        return walk;
    }

    private static void post(Walk walk, DemoClient client, URI form, int page, Map<String, String> answers) {
        HttpResponse<String> saved = client.post(Applications.page(form, page), answers);
        walk.requests++;
        assertEquals(303, saved.statusCode(), walk.key + " page " + page + ": " + DemoClient.abbreviate(saved.body()));
        assertEquals(Applications.page(form, page + 1), DemoClient.location(saved));
    }

    private static void expectOwn(Walk walk, HttpResponse<String> page, String... values) {
        String body = page.body();
        assertEquals(200, page.statusCode(), walk.key);
        assertTrue(body.contains("/forms/" + walk.key + "/"), walk.key + " missing its own key");
        for (String value : values) {
            assertTrue(body.contains(value), walk.key + " missing its own value " + value);
        }
        Set<String> seen = markers(body);
        assertEquals(Set.of(marker(walk.user)), seen, walk.key + " saw another user's data: " + seen);
    }

    private static String marker(int user) {
        return "~u" + user + "~";
    }

    private static Set<String> markers(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = MARKER.matcher(text == null ? "" : text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static final class Walk {
        final int user;
        final String key;
        int requests;
        Map<String, String> last = Map.of();

        Walk(int user, String key) {
            this.user = user;
            this.key = key;
        }
    }
}
