package org.freshview.it.views.broken;

import org.freshview.View;

/** Broken on purpose: a view with no handler method must fail the deployment. */
@View("/handlerless")
public class HandlerlessView {

    public String notAHandler() {
        return "never served";
    }
}
