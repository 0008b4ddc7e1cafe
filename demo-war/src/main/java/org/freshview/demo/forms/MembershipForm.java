package org.freshview.demo.forms;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One application as stored: its key, whether it was submitted, the furthest page reached,
 * and the answers by field.
 */
public record MembershipForm(String key, Status status, int reachedPage, Map<Field, String> answers,
                             Instant createdAt, Instant updatedAt, Instant submittedAt) {

    /** A draft can still be edited; a submitted form cannot. */
    public enum Status { DRAFT, SUBMITTED }

    public MembershipForm {
        Map<Field, String> copy = new EnumMap<>(Field.class);
        copy.putAll(answers);
        answers = Collections.unmodifiableMap(copy);
    }

    public boolean isSubmitted() {
        return status == Status.SUBMITTED;
    }

    /** The answer to a field, empty when not answered yet. */
    public String answer(Field field) {
        return answers.getOrDefault(field, "");
    }

    /** The answers by parameter name, for the pages: {@code ${view.form.values.fullName}}. */
    public Map<String, String> getValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            values.put(field.param(), answer(field));
        }
        return values;
    }

    /** The first page that has a missing or invalid answer, or empty when every page is complete. */
    public Optional<Page> firstIncompletePage() {
        for (Page page : Page.values()) {
            for (Field field : page.fields()) {
                if (field.check(answer(field)) != null) {
                    return Optional.of(page);
                }
            }
        }
        return Optional.empty();
    }

    // Getters for EL, which reads JavaBean properties rather than record accessors on older servers.
    public String getKey() {
        return key;
    }

    public Status getStatus() {
        return status;
    }

    public int getReachedPage() {
        return reachedPage;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** When it was submitted, to the minute, in UTC; empty for a draft. */
    public String getSubmitted() {
        return submittedAt == null ? "" : FormSummary.MINUTES.format(submittedAt);
    }

    /** The chosen plan, for the pages; null when none is chosen yet. */
    public Plan getPlan() {
        return Plan.withId(answer(Field.PLAN)).orElse(null);
    }

    public String getFullName() {
        return answer(Field.FULL_NAME);
    }
}
