package org.freshview.demo.forms;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One line of the list on the start page. A class with getters rather than a record: EL 6
 * resolves a record's properties to its components only, and the page needs derived ones.
 */
public final class FormSummary {

    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final String key;
    private final String fullName;
    private final MembershipForm.Status status;
    private final int reachedPage;
    private final Instant updatedAt;

    FormSummary(String key, String fullName, MembershipForm.Status status, int reachedPage, Instant updatedAt) {
        this.key = key;
        this.fullName = fullName;
        this.status = status;
        this.reachedPage = reachedPage;
        this.updatedAt = updatedAt;
    }

    public String getKey() {
        return key;
    }

    public String getFullName() {
        return fullName;
    }

    public boolean isSubmitted() {
        return status == MembershipForm.Status.SUBMITTED;
    }

    public int getReachedPage() {
        return reachedPage;
    }

    /** The last change, to the minute, in UTC. */
    public String getUpdated() {
        return MINUTES.format(updatedAt);
    }

    @Override
    public String toString() {
        return key + " " + status + " " + fullName;
    }
}
