package org.freshview.internal.web;

import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.rules.BindingMessages;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Finds the key that signs CSRF tokens, at deployment: the setting {@code freshview.csrf.key}
 * (system property, environment variable {@code FRESHVIEW_CSRF_KEY}, or {@code freshview.properties};
 * see {@link SettingSources}).
 */
final class CsrfKey {

    static final String PROPERTY = "freshview.csrf.key";
    static final String ENVIRONMENT = "FRESHVIEW_CSRF_KEY";

    private static final System.Logger LOG = System.getLogger(CsrfKey.class.getName());

    private CsrfKey() {
    }

    static String load(SettingSources settings, List<Diagnostic> problems) {
        SettingSources.Found found = settings.find(PROPERTY);
        if (found == null) {
            LOG.log(System.Logger.Level.WARNING, "Freshview: no CSRF key set ({0}, {1} or {2} in {3});"
                    + " using a random key. CSRF tokens will not survive a restart, and an application"
                    + " running on several instances MUST set the same key on all of them.",
                    PROPERTY, ENVIRONMENT, PROPERTY, SettingSources.FILE);
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            return Base64.getEncoder().encodeToString(random);
        }
        String key = found.value().strip();
        if (key.length() < 32) {
            problems.add(BindingMessages.shortCsrfKey(found.source(), key.length()));
        }
        return key;
    }
}
