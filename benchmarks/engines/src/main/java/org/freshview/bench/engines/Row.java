package org.freshview.bench.engines;

/** One table row of the page. */
public final class Row {

    private final int id;
    private final String name;
    private final String email;
    private final String plan;

    Row(int id, String name, String email, String plan) {
        this.id = id;
        this.name = name;
        this.email = email;
        this.plan = plan;
    }

    public int getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPlan() {
        return plan;
    }
}
