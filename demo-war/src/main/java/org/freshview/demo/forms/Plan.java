package org.freshview.demo.forms;

import java.util.List;
import java.util.Optional;

/**
 * The memberships on offer. Page 3 shows each with its description in the user's language
 * ({@code plan.<id>} and {@code plan.<id>.description} in the demo's bundle); the title here is
 * the English one, for the jte card.
 */
public enum Plan {

    BASIC("basic", "Basic"),
    SUPPORTING("supporting", "Supporting"),
    STUDENT("student", "Student");

    private final String id;
    private final String title;
    Plan(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The plan a form parameter names, if any. */
    public static Optional<Plan> withId(String id) {
        for (Plan plan : values()) {
            if (plan.id.equals(id)) {
                return Optional.of(plan);
            }
        }
        return Optional.empty();
    }

    /** Every plan, in the order the page shows them. */
    public static List<Plan> all() {
        return List.of(values());
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }
}
