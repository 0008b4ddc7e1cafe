package org.freshview.bench.engines;

/** One form field of the page; a class with getters, which JSP's EL, OGNL and jte all read. */
public final class Input {

    private final String name;
    private final String label;
    private final String value;

    Input(String name, String label, String value) {
        this.name = name;
        this.label = label;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public String getLabel() {
        return label;
    }

    public String getValue() {
        return value;
    }
}
