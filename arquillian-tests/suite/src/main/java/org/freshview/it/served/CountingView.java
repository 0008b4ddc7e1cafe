package org.freshview.it.served;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import org.freshview.Result;
import org.freshview.View;

/** Injects both counters: the audit reads the application-scoped beans that views use. */
@View("/served/count")
public class CountingView {

    @Inject
    UnsafeCounter unsafe;

    @Inject
    SafeCounter safe;

    @GET
    public Result count() {
        return Result.text("unsafe=" + unsafe.hit() + " safe=" + safe.hit());
    }
}
