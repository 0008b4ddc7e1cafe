package org.freshview.demo.forms;

import java.time.Instant;

/** One line of the list on the start page. */
public record FormSummary(String key, String fullName, MembershipForm.Status status, int reachedPage,
                          Instant updatedAt) {

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

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
