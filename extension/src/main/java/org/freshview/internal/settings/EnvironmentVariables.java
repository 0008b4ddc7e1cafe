package org.freshview.internal.settings;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Environment variables, named as MicroProfile Config maps them, so one name works with and
 * without it: the key itself, then every character other than a letter or digit replaced by
 * {@code _}, then that in upper case ({@code freshview.csrf.key} -> {@code FRESHVIEW_CSRF_KEY}).
 */
final class EnvironmentVariables implements Source {

    private final UnaryOperator<String> environment;

    EnvironmentVariables(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    @Override
    public SettingValue find(Setting setting) {
        String key = setting.key();
        String underscored = underscored(key);
        for (String name : new String[] {key, underscored, underscored.toUpperCase(Locale.ROOT)}) {
            String value = environment.apply(name);
            if (value != null) {
                return new SettingValue(setting, value, "environment variable " + name);
            }
        }
        return null;
    }

    static String upperCase(String key) {
        return underscored(key).toUpperCase(Locale.ROOT);
    }

    private static String underscored(String key) {
        StringBuilder name = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            name.append(c < 128 && Character.isLetterOrDigit(c) ? c : '_');
        }
        return name.toString();
    }
}
