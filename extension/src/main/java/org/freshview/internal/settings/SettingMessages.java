package org.freshview.internal.settings;

import org.freshview.internal.diagnostics.Diagnostic;

/**
 * FV-312 and FV-313: a configured setting Freshview cannot use. They share the FV-3xx range with
 * the binding messages for history's sake; the guide explains them under Settings.
 */
public final class SettingMessages {

    private SettingMessages() {
    }

    /** The CSRF key from {@code source} is too short to sign tokens safely. */
    public static Diagnostic shortCsrfKey(String source, int length) {
        return new Diagnostic("FV-312", source,
                "The CSRF key has " + length + " characters; it needs at least 32.",
                "Set freshview.csrf.key to a long random string, for example the output of"
                        + " `openssl rand -base64 48`.");
    }

    /** The setting from {@code source} has a value outside {@code allowed}. */
    public static Diagnostic badSetting(String source, String value, String allowed) {
        return new Diagnostic("FV-313", source, "The value \"" + value + "\" is not one this setting takes.",
                "Set it to " + allowed + ".");
    }
}
