package org.freshview;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Messages a redirect leaves for the next page, by name: "Your address was saved" after a form
 * was posted and the browser redirected (POST/redirect/GET). No HTTP session holds them: they
 * travel in a short-lived cookie signed with the CSRF key, so any instance that shares the key
 * shows them.
 *
 * <pre>{@code
 * @POST
 * public Result save(@FormParam("street") String street) {
 *     addresses.save(key, street);
 *     return Result.redirect(AddressView.class, key).flash("saved", "Your address was saved");
 * }
 * }</pre>
 *
 * <p>The next page a view serves that is not itself a redirect finds them in request scope as
 * {@value #ATTRIBUTE}, an unmodifiable {@code Map<String, String>}, and the cookie is cleared
 * with that response, so a reload shows them no more:
 *
 * <pre>{@code
 * <c:if test="${not empty flash.saved}"><p class="notice"><c:out value="${flash.saved}"/></p></c:if>
 * }</pre>
 *
 * <p>A redirect passes the messages on to the page it leads to (unless it carries its own,
 * which replace them). A cookie that was altered, signed with another key or is older than
 * {@value #MAX_AGE_SECONDS} seconds is ignored and cleared. The names and texts are
 * size-limited, since they travel in a cookie: at most {@value #MAX_MESSAGES} messages, at most
 * {@value #MAX_BYTES} bytes of names and texts in UTF-8 in all; more throws
 * {@link IllegalArgumentException} where the handler adds them. The texts reach the page as
 * they were given: write them out escaped ({@code <c:out>}) when they hold user input.
 */
public final class Flash extends AbstractMap<String, String> {

    /** The name of the request attribute holding the messages for this page. */
    public static final String ATTRIBUTE = "flash";
    /** How many messages one redirect may carry. */
    public static final int MAX_MESSAGES = 20;
    /** How many bytes the names and texts of one redirect's messages may have together, in UTF-8. */
    public static final int MAX_BYTES = 2000;
    /** How long the cookie lives: the redirect is followed at once, so a minute is plenty. */
    public static final int MAX_AGE_SECONDS = 60;

    /** No message. */
    public static final Flash EMPTY = new Flash(Map.of());

    private final Map<String, String> messages;

    /**
     * Messages by name, in the order given.
     *
     * @param messages names and texts, neither empty names nor {@code null}s
     * @throws IllegalArgumentException if they exceed {@link #MAX_MESSAGES} or {@link #MAX_BYTES}
     */
    public Flash(Map<String, String> messages) {
        Map<String, String> copy = new LinkedHashMap<>();
        int bytes = 0;
        for (Map.Entry<String, String> entry : messages.entrySet()) {
            String name = Objects.requireNonNull(entry.getKey(), "flash message name");
            String text = Objects.requireNonNull(entry.getValue(), "flash message text");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("A flash message needs a name, such as \"saved\".");
            }
            bytes += name.getBytes(StandardCharsets.UTF_8).length + text.getBytes(StandardCharsets.UTF_8).length;
            copy.put(name, text);
        }
        if (copy.size() > MAX_MESSAGES || bytes > MAX_BYTES) {
            throw new IllegalArgumentException("Flash messages travel in a cookie, so one redirect carries at most "
                    + MAX_MESSAGES + " of them, with at most " + MAX_BYTES + " bytes of names and texts in UTF-8;"
                    + " these are " + copy.size() + " messages of " + bytes + " bytes. Keep flash messages short"
                    + " (\"Your address was saved\"), and show longer content from the application's own data.");
        }
        this.messages = Collections.unmodifiableMap(copy);
    }

    /**
     * These messages and one more (replacing one of the same name).
     *
     * @param name    the name the page reads it by, as in {@code ${flash.saved}}
     * @param text    the message
     * @return new messages
     * @throws IllegalArgumentException if they would exceed {@link #MAX_MESSAGES} or {@link #MAX_BYTES}
     */
    public Flash with(String name, String text) {
        Map<String, String> more = new LinkedHashMap<>(messages);
        more.put(Objects.requireNonNull(name, "flash message name"), Objects.requireNonNull(text, "flash message text"));
        return new Flash(more);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return messages.entrySet();
    }

    @Override
    public String get(Object name) {
        return messages.get(name);
    }

    @Override
    public boolean containsKey(Object name) {
        return messages.containsKey(name);
    }

    @Override
    public int size() {
        return messages.size();
    }
}
