package org.freshview.jte;

/** A view as a template sees it: a title, read through its getter. */
public class SampleView {

    private final String title;

    public SampleView(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }
}
