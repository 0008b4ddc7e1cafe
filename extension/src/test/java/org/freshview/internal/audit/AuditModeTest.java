package org.freshview.internal.audit;

import org.freshview.internal.settings.Setting;
import org.freshview.internal.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditModeTest {

    @TempDir
    Path classes;

    @AfterEach
    void clearProperty() {
        System.clearProperty(Setting.AUDIT.key());
    }

    private Settings applicationWith(String properties) throws IOException {
        Files.writeString(classes.resolve(Settings.FILE), properties);
        return Settings.beforeServletContext(new URLClassLoader(new URL[] {classes.toUri().toURL()}, null));
    }

    @Test
    void without_any_setting_the_audit_warns() {
        assertEquals(AuditMode.WARN, AuditMode.configured(Settings.beforeServletContext(new URLClassLoader(new URL[0], null))));
    }

    @Test
    void freshview_properties_on_the_application_class_path_switches_to_strict() throws IOException {
        assertEquals(AuditMode.STRICT, AuditMode.configured(applicationWith("freshview.audit = strict\n")));
    }

    @Test
    void the_system_property_wins_over_the_file() throws IOException {
        System.setProperty(Setting.AUDIT.key(), "off");

        assertEquals(AuditMode.OFF, AuditMode.configured(applicationWith("freshview.audit=strict\n")));
    }

    @Test
    void an_unknown_value_falls_back_to_warn() throws IOException {
        assertEquals(AuditMode.WARN, AuditMode.configured(applicationWith("freshview.audit=loud\n")));
    }
}
