package org.freshview.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fires many concurrent requests at a URL, each carrying values no other request carries, and
 * reports every response that carries another request's value.
 *
 * <pre>{@code
 * IsolationReport report = IsolationCheck.against(base.toURI().resolve("echo"))
 *         .requests(5_000)
 *         .concurrency(32)
 *         .distinctValue(ValueIn.query("key"), ValueIn.header("X-Key"))
 *         .run();
 * assertEquals(0, report.leaked(), report.summary());
 * }</pre>
 *
 * <p>The endpoint under test must echo the values it received somewhere in the response
 * body (in any format). Values look like {@code fv3k9q000001234a}: a prefix unique to the
 * run, the request number and a letter per place, so they can be found in any body and never
 * occur by chance. A response that contains a value of another request is a <em>leak</em>; a
 * response without one of its own values, with a status outside 200-299, or an I/O error is a
 * <em>failure</em>.
 *
 * <p>Requests are sent over HTTP/1.1 with at most {@link #concurrency(int)} in flight, so the
 * server sees that many connections at once. An instance is a reusable description of a check;
 * {@link #run()} may be called more than once.
 */
public final class IsolationCheck {

    private static final int VALUE_DIGITS = 9;
    private static final String RUN_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final URI target;
    private int requests = 1_000;
    private int concurrency = 16;
    private List<ValueIn> places = List.of(ValueIn.query("value"));
    private Duration timeLimit = Duration.ofMinutes(5);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private int keepAtMost = 100;

    private IsolationCheck(URI target) {
        this.target = Objects.requireNonNull(target, "target");
        if (target.getScheme() == null || target.getRawAuthority() == null) {
            throw new IllegalArgumentException("The target must be an absolute http URL, was: " + target);
        }
    }

    /**
     * A check of the given absolute URL; by default 1,000 requests, 16 at a time, value in query {@code value}.
     *
     * @param target an absolute http or https URL of the deployed endpoint
     * @return the check, to configure and {@link #run()}
     */
    public static IsolationCheck against(URI target) {
        return new IsolationCheck(target);
    }

    /**
     * How many requests to send in all.
     *
     * @param requests 1 to 999,999,999
     * @return this check
     */
    public IsolationCheck requests(int requests) {
        if (requests < 1 || requests >= Math.pow(10, VALUE_DIGITS)) {
            throw new IllegalArgumentException("requests must be between 1 and 999,999,999, was " + requests);
        }
        this.requests = requests;
        return this;
    }

    /**
     * How many requests are in flight at once (and so how many connections are open).
     *
     * @param concurrency at least 1
     * @return this check
     */
    public IsolationCheck concurrency(int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
        }
        this.concurrency = concurrency;
        return this;
    }

    /**
     * Where each request carries its values: one distinct value per place.
     *
     * @param places 1 to 26 places
     * @return this check
     */
    public IsolationCheck distinctValue(ValueIn... places) {
        if (places.length == 0 || places.length > 26) {
            throw new IllegalArgumentException("Give between 1 and 26 places for the value, was " + places.length);
        }
        this.places = List.of(places);
        return this;
    }

    /**
     * Stop sending new requests after this time; the report says how many were sent. Default 5 minutes.
     *
     * @param timeLimit the longest the run may send for
     * @return this check
     */
    public IsolationCheck within(Duration timeLimit) {
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
        return this;
    }

    /**
     * How long one request may take before it counts as failed. Default 30 seconds.
     *
     * @param requestTimeout the longest one request may take
     * @return this check
     */
    public IsolationCheck requestTimeout(Duration requestTimeout) {
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        return this;
    }

    /**
     * How many sample leaks and failures the report keeps (counts are always complete). Default 100.
     *
     * @param samples the number of samples of each kind
     * @return this check
     */
    public IsolationCheck keepAtMost(int samples) {
        this.keepAtMost = samples;
        return this;
    }

    /**
     * Sends the requests, waits for every answer (or the time limit) and reports.
     *
     * @return what was sent, answered, leaked and failed
     */
    public IsolationReport run() {
        Run run = new Run(runPrefix());
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(requestTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Semaphore inFlight = new Semaphore(concurrency);
        long start = System.nanoTime();
        long deadline = start + timeLimit.toNanos();
        long sent = 0;
        try {
            for (int i = 0; i < requests; i++) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !inFlight.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                    break;
                }
                long number = i;
                List<String> values = run.valuesOf(number);
                sent++;
                client.sendAsync(request(values), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                        .whenComplete((response, error) -> {
                            try {
                                run.inspect(number, values, response, error);
                            } finally {
                                inFlight.release();
                            }
                        });
            }
            // Every answer is in once all permits are back; an answer late past the request timeout is a failure already.
            if (!inFlight.tryAcquire(concurrency, requestTimeout.toNanos() + TimeUnit.SECONDS.toNanos(5), TimeUnit.NANOSECONDS)) {
                run.fail(-1, "gave up waiting for " + (concurrency - inFlight.availablePermits()) + " answers");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.fail(-1, "interrupted");
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new IsolationReport(target, sent, run.answered.get(), run.leaked.get(), run.failed.get(),
                new ArrayList<>(run.leaks), new ArrayList<>(run.failures), elapsed);
    }

    private HttpRequest request(List<String> values) {
        StringBuilder path = new StringBuilder(target.getRawPath() == null ? "" : target.getRawPath());
        StringBuilder query = new StringBuilder(target.getRawQuery() == null ? "" : target.getRawQuery());
        StringBuilder form = new StringBuilder();
        HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(requestTimeout);
        for (int p = 0; p < places.size(); p++) {
            String value = values.get(p);
            ValueIn place = places.get(p);
            if (place instanceof ValueIn.Query q) {
                append(query, q.name(), value);
            } else if (place instanceof ValueIn.Header h) {
                builder.header(h.name(), value);
            } else if (place instanceof ValueIn.Form f) {
                append(form, f.name(), value);
            } else {
                if (path.length() == 0 || path.charAt(path.length() - 1) != '/') {
                    path.append('/');
                }
                path.append(value);
            }
        }
        String uri = target.getScheme() + "://" + target.getRawAuthority() + path
                + (query.length() == 0 ? "" : "?" + query);
        builder.uri(URI.create(uri));
        if (form.length() > 0) {
            builder.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        } else {
            builder.GET();
        }
        return builder.build();
    }

    private static void append(StringBuilder pairs, String name, String value) {
        if (pairs.length() > 0) {
            pairs.append('&');
        }
        pairs.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=').append(value);
    }

    private static String runPrefix() {
        SecureRandom random = new SecureRandom();
        StringBuilder prefix = new StringBuilder("fv");
        for (int i = 0; i < 4; i++) {
            prefix.append(RUN_ALPHABET.charAt(random.nextInt(RUN_ALPHABET.length())));
        }
        return prefix.toString();
    }

    /** The mutable state of one run, shared by the callbacks of its requests. */
    private final class Run {

        private final String prefix;
        private final Pattern anyValue;
        private final AtomicLong answered = new AtomicLong();
        private final AtomicLong leaked = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final AtomicInteger leaksKept = new AtomicInteger();
        private final AtomicInteger failuresKept = new AtomicInteger();
        private final Queue<IsolationReport.Leak> leaks = new ConcurrentLinkedQueue<>();
        private final Queue<IsolationReport.Failure> failures = new ConcurrentLinkedQueue<>();

        private Run(String prefix) {
            this.prefix = prefix;
            this.anyValue = Pattern.compile(Pattern.quote(prefix) + "(\\d{" + VALUE_DIGITS + "})[a-z]");
        }

        List<String> valuesOf(long number) {
            String digits = String.format("%0" + VALUE_DIGITS + "d", number);
            List<String> values = new ArrayList<>(places.size());
            for (int p = 0; p < places.size(); p++) {
                values.add(prefix + digits + (char) ('a' + p));
            }
            return values;
        }

        void inspect(long number, List<String> values, HttpResponse<String> response, Throwable error) {
            if (error != null) {
                fail(number, describe(error));
                return;
            }
            answered.incrementAndGet();
            String body = response.body() == null ? "" : response.body();
            List<String> foreign = new ArrayList<>();
            Matcher matcher = anyValue.matcher(body);
            while (matcher.find()) {
                if (Long.parseLong(matcher.group(1)) != number && !foreign.contains(matcher.group())) {
                    foreign.add(matcher.group());
                }
            }
            if (!foreign.isEmpty()) {
                leaked.incrementAndGet();
                if (leaksKept.incrementAndGet() <= keepAtMost) {
                    leaks.add(new IsolationReport.Leak(number, values, foreign, abbreviate(body)));
                }
                return;
            }
            if (response.statusCode() < 200 || response.statusCode() > 299) {
                fail(number, "status " + response.statusCode() + ": " + abbreviate(body));
                return;
            }
            for (int p = 0; p < values.size(); p++) {
                if (!body.contains(values.get(p))) {
                    fail(number, "the response does not echo the value sent in " + places.get(p).label()
                            + " (" + values.get(p) + "): " + abbreviate(body));
                    return;
                }
            }
        }

        void fail(long number, String reason) {
            failed.incrementAndGet();
            if (failuresKept.incrementAndGet() <= keepAtMost) {
                failures.add(new IsolationReport.Failure(number, reason));
            }
        }

        private String describe(Throwable error) {
            Throwable cause = error.getCause() != null && !(error instanceof IOException) ? error.getCause() : error;
            return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }

        private String abbreviate(String body) {
            String flat = body.replace('\n', ' ').replace('\r', ' ');
            return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
        }
    }
}
