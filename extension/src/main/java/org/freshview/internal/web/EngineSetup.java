package org.freshview.internal.web;

import jakarta.servlet.ServletContext;
import org.freshview.ViewEngine;
import org.freshview.internal.settings.Setting;
import org.freshview.internal.settings.SettingValue;
import org.freshview.internal.settings.Settings;

import java.util.Optional;

/** What engines get at start: the servlet context and the settings read with its context-params. */
record EngineSetup(ServletContext servletContext, Settings settings) implements ViewEngine.Setup {

    @Override
    public Optional<String> setting(String key) {
        Setting setting = Setting.ofKey(key);
        if (setting == null) {
            throw new IllegalArgumentException("Not a Freshview setting: " + key + " (see docs/configuration.md).");
        }
        return settings.find(setting).map(SettingValue::text);
    }

    @Override
    public boolean reloadTemplates() {
        return setting(Setting.TEMPLATES_RELOAD.key()).map(value -> {
            if (!value.equals("true") && !value.equals("false")) {
                throw new IllegalArgumentException(Setting.TEMPLATES_RELOAD.key() + " must be true or false, not: " + value);
            }
            return Boolean.parseBoolean(value);
        }).orElse(false);
    }
}
