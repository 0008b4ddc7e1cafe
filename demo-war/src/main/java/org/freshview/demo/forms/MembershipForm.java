package org.freshview.demo.forms;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One application as stored: its key, whether it was submitted, the furthest page reached,
 * and the answers by form parameter name. A class with getters rather than a record: EL 6 resolves a
 * record's properties to its components only, and the pages need derived ones.
 */
public final class MembershipForm {

    /** A draft can still be edited; a submitted form cannot. */
    public enum Status { DRAFT, SUBMITTED }

    private final String key;
    private final Status status;
    private final int reachedPage;
    private final Map<String, String> answers;
    private final Instant submittedAt;

    MembershipForm(String key, Status status, int reachedPage, Map<String, String> answers, Instant submittedAt) {
        this.key = key;
        this.status = status;
        this.reachedPage = reachedPage;
        this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        this.submittedAt = submittedAt;
    }

    public String key() {
        return key;
    }

    public Status status() {
        return status;
    }

    public int reachedPage() {
        return reachedPage;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public boolean isSubmitted() {
        return status == Status.SUBMITTED;
    }

    /** The answer to a question, by its form parameter's name; empty when not answered yet. */
    public String answer(String param) {
        return answers.getOrDefault(param, "");
    }

    /** The answers by parameter name, for the pages: {@code ${view.form.values.fullName}}. */
    public Map<String, String> getValues() {
        return answers;
    }

    /** The first page that lacks a required answer, or empty when every page is complete. */
    public Optional<Page> firstIncompletePage() {
        for (Page page : Page.values()) {
            for (String param : page.required()) {
                if (answer(param).isEmpty()) {
                    return Optional.of(page);
                }
            }
        }
        return Optional.empty();
    }

    public String getKey() {
        return key;
    }

    /**
     * The address of one of its pages inside the application, for the tag files:
     * {@code ${form.pageUri(2)}}. WildFly's JSP engine does not resolve a tag file's imported
     * classes in EL, so {@code ${FormViewLinks.uri(form.key, 2)}} is empty there.
     */
    public String pageUri(int page) {
        return FormViewLinks.uri(key, page);
    }

    public Status getStatus() {
        return status;
    }

    public int getReachedPage() {
        return reachedPage;
    }

    /** When it was submitted, to the minute, in UTC; empty for a draft. */
    public String getSubmittedOn() {
        return submittedAt == null ? "" : FormSummary.MINUTES.format(submittedAt);
    }

    /** The chosen plan, for the pages; null when none is chosen yet. */
    public Plan getPlan() {
        return Plan.withId(answer("plan")).orElse(null);
    }

    public String getFullName() {
        return answer("fullName");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MembershipForm that && key.equals(that.key) && status == that.status
                && reachedPage == that.reachedPage && answers.equals(that.answers)
                && Objects.equals(submittedAt, that.submittedAt);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key + " " + status + " page " + reachedPage + " " + answers;
    }
}
