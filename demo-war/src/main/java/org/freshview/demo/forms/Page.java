package org.freshview.demo.forms;

import java.util.List;
import java.util.Optional;

/** The pages of the application, in order; the last one reviews and submits. */
public enum Page {

    ABOUT_YOU(1, "About you", List.of(Field.FULL_NAME, Field.EMAIL, Field.BIRTH_YEAR)),
    ADDRESS(2, "Address", List.of(Field.STREET, Field.POSTAL_CODE, Field.CITY, Field.COUNTRY)),
    MEMBERSHIP(3, "Membership", List.of(Field.PLAN, Field.COMMENTS)),
    REVIEW(4, "Review and submit", List.of());

    private final int number;
    private final String title;
    private final List<Field> fields;

    Page(int number, String title, List<Field> fields) {
        this.number = number;
        this.title = title;
        this.fields = fields;
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

    public String getTitle() {
        return title;
    }

    public List<Field> fields() {
        return fields;
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
