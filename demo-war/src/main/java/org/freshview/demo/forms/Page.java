package org.freshview.demo.forms;

import java.util.List;
import java.util.Optional;

/**
 * The pages of the application, in order; the last one reviews and submits. A page's title is
 * the text {@code page.N} of the demo's bundle ({@code Texts_en.properties}, {@code Texts_de.properties}).
 */
public enum Page {

    ABOUT_YOU(1, List.of("fullName", "email", "birthYear")),
    ADDRESS(2, List.of("street", "postalCode", "city", "country")),
    MEMBERSHIP(3, List.of("plan")),
    REVIEW(4, List.of());

    private final int number;
    private final List<String> required;

    Page(int number, List<String> required) {
        this.number = number;
        this.required = required;
    }

    /** The page with this number in the URL, if there is one. */
    public static Optional<Page> numbered(int number) {
        return number >= 1 && number <= values().length ? Optional.of(values()[number - 1]) : Optional.empty();
    }

    public static Page first() {
        return ABOUT_YOU;
    }

    public int getNumber() {
        return number;
    }

    /** The key of the page's title in the demo's bundle: {@code <fmt:message key="${page.titleKey}"/>}. */
    public String getTitleKey() {
        return "page." + number;
    }

    /**
     * The answers the page must have, by parameter name. Its {@link PageForm}'s constraints
     * checked them when they were stored, so a stored answer that is there is a valid one.
     */
    public List<String> required() {
        return required;
    }

    public boolean isReview() {
        return this == REVIEW;
    }

    /** The page after this one; the review page is last. */
    public Page next() {
        return isReview() ? this : values()[ordinal() + 1];
    }

    /** The page before this one, or empty on the first. */
    public Optional<Page> previous() {
        return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** Every page, for the progress bar: {@code ${view.page.steps}}. */
    public List<Page> getSteps() {
        return List.of(values());
    }
}
