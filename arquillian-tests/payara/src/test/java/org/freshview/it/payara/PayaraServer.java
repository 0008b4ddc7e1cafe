package org.freshview.it.payara;

import org.freshview.it.GrizzlyServer;

/** Payara Server as the suite sees it: {@link GrizzlyServer}'s facts, under {@code payara.home}. */
public class PayaraServer extends GrizzlyServer {

    public PayaraServer() {
        super("payara.home");
    }
}
