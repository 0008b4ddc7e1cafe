package org.freshview.it.served;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class UnsafeCounter {

    private int hits;

    public int hit() {
        hits = hits + 1;
        return hits;
    }
}
