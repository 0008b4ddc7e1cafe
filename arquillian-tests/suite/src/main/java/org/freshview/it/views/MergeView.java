package org.freshview.it.views;

import jakarta.inject.Inject;
import org.freshview.View;

/** A handler for a custom unsafe method: it must be CSRF-checked like POST. */
@View("/merge")
public class MergeView {

    @Inject
    PostCounter counter;

    @MERGE
    public String merge() {
        return "merged (" + counter.increment() + ")";
    }
}
