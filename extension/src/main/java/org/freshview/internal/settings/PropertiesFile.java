package org.freshview.internal.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** {@value #NAME} at the root of the application's class path ({@code WEB-INF/classes} in a WAR), read once. */
final class PropertiesFile implements Source {

    static final String NAME = "freshview.properties";

    private final Properties properties;

    PropertiesFile(ClassLoader application) {
        this.properties = read(application);
    }

    @Override
    public SettingValue find(Setting setting) {
        String value = properties.getProperty(setting.key());
        return value == null ? null : new SettingValue(setting, value, NAME + " key " + setting.key());
    }

    private static Properties read(ClassLoader application) {
        Properties properties = new Properties();
        if (application == null) {
            return properties;
        }
        try (InputStream in = application.getResourceAsStream(NAME)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Freshview cannot read " + NAME, e);
        }
        return properties;
    }
}
