package org.freshview.bench;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A bean in every variant of the WAR, so each is a CDI bean archive, as an application that adds
 * Freshview already is. Without it the WAR without Freshview has no bean-defining class (its views'
 * {@code @View} is missing), Weld skips it ("WELD-ENV-000028: no bean archive found"), and the
 * "without the extension" baseline would be measured without CDI's per-request work.
 */
@ApplicationScoped
public class CdiPresence {

    /** Whether this application runs with CDI, for the counters endpoint. */
    public static boolean active() {
        try {
            return jakarta.enterprise.inject.spi.CDI.current().getBeanManager()
                    .getBeans(CdiPresence.class).size() == 1;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
