package org.freshview.internal.settings;

/**
 * A setting's value and where it was found ({@code "system property freshview.audit"},
 * {@code "environment variable FRESHVIEW_CSRF_KEY"}), for messages that point at the source.
 */
public record SettingValue(Setting setting, String text, String source) {
}
