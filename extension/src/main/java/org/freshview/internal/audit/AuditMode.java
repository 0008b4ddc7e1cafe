package org.freshview.internal.audit;

import org.freshview.internal.settings.Setting;
import org.freshview.internal.settings.SettingValue;
import org.freshview.internal.settings.Settings;

import java.util.Locale;
import java.util.Optional;

/**
 * What the audit does with its findings: log them ({@link #WARN}, the default), fail the
 * deployment ({@link #STRICT}), or not run ({@link #OFF}). The setting {@code freshview.audit}.
 */
public enum AuditMode {
    OFF, WARN, STRICT;

    private static final System.Logger LOG = System.getLogger("org.freshview.audit");

    /** The mode the application's settings choose; an unknown value is logged and means {@link #WARN}. */
    public static AuditMode configured(Settings settings) {
        Optional<SettingValue> configured = settings.find(Setting.AUDIT);
        if (configured.isEmpty() || configured.get().text().isBlank()) {
            return WARN;
        }
        SettingValue value = configured.get();
        try {
            return valueOf(value.text().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Freshview: " + value.source() + " is \"" + value.text()
                    + "\"; expected strict, warn or off. The audit runs in warn mode.");
            return WARN;
        }
    }
}
