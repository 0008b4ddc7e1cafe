package org.freshview.demo.forms;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One line of the list on the start page. */
public record FormSummary(String key, String fullName, MembershipForm.Status status, int reachedPage,
                          Instant updatedAt) {

    static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

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
}
