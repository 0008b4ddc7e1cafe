package org.freshview.internal.web;

import org.freshview.internal.diagnostics.Diagnostic;
import org.freshview.internal.settings.Setting;
import org.freshview.internal.settings.SettingMessages;
import org.freshview.internal.settings.SettingValue;
import org.freshview.internal.settings.Settings;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Finds the key that signs CSRF tokens, at deployment: the setting {@code freshview.csrf.key}
 * ({@link Settings}). It is read by the CDI extension, which boots before any servlet context
 * parameter could be seen.
 */
final class CsrfKey {

    private static final System.Logger LOG = System.getLogger(CsrfKey.class.getName());

    private CsrfKey() {
    }

    static String load(Settings settings, List<Diagnostic> problems) {
        Optional<SettingValue> configured = settings.find(Setting.CSRF_KEY);
        if (configured.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "Freshview: no CSRF key set ({0}: system property, environment"
                    + " variable {1}, MicroProfile Config or {2}); using a random key. CSRF tokens will not survive"
                    + " a restart, and an application running on several instances MUST set the same key on all"
                    + " of them.", Setting.CSRF_KEY.key(), Setting.CSRF_KEY.environmentVariable(), Settings.FILE);
            byte[] random = new byte[48];
            new SecureRandom().nextBytes(random);
            return Base64.getEncoder().encodeToString(random);
        }
        String key = configured.get().text().strip();
        if (key.length() < 32) {
            problems.add(SettingMessages.shortCsrfKey(configured.get().source(), key.length()));
        }
        return key;
    }
}
