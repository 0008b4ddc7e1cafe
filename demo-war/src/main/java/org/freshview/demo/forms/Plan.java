package org.freshview.demo.forms;

import java.util.List;
import java.util.Optional;

/** The memberships on offer, as page 3 shows them. */
public enum Plan {

    BASIC("basic", "Basic", "Weekend outings, 120 EUR a year."),
    SUPPORTING("supporting", "Supporting", "Every outing plus the regatta team, 240 EUR a year."),
    STUDENT("student", "Student", "Like basic, for students under 27, 60 EUR a year.");

    private final String id;
    private final String title;
    private final String description;

    Plan(String id, String title, String description) {
        this.id = id;
        this.title = title;
        this.description = description;
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

    public String getDescription() {
        return description;
    }
}
