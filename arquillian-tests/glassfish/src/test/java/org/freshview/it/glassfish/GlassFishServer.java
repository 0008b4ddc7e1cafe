package org.freshview.it.glassfish;

import org.freshview.it.GrizzlyServer;

import java.util.Map;

/** GlassFish as the suite sees it: {@link GrizzlyServer}'s facts under {@code glassfish.home}, and two of its own. */
public class GlassFishServer extends GrizzlyServer {

    public GlassFishServer() {
        super("glassfish.home");
    }

    /** GlassFish checks constraints on {@code /app;x/admin/x} as {@code /admin/x} (401), though it maps it to the root. */
    @Override
    public boolean constrainsContextPathParameterSpellings() {
        return true;
    }

    /**
     * Grizzly's 505 for a raw tab, and GlassFish 7.0.21 also answers an escaped CR LF in the path
     * with its own 503 page and in the query after a trailing slash with its own 403 page (seen in
     * AdversarialCorpusIT; Payara 6 lets both through to Freshview).
     */
    @Override
    public Map<String, Integer> corpusCasesAnsweredByTheContainer() {
        return Map.of("raw-tab", 505, "crlf-escape-path", 503, "trailing-slash-escaped-crlf", 403);
    }
}
