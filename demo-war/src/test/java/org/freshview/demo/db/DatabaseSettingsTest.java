package org.freshview.demo.db;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatabaseSettingsTest {

    @AfterEach
    void clearProperties() {
        System.clearProperty("demo.db.url");
        System.clearProperty("demo.test.home");
    }

    @Test
    void system_properties_in_a_value_are_expanded() {
        System.setProperty("demo.test.home", "/home/ada");

        assertEquals("jdbc:h2:file:/home/ada/.freshview-demo/forms;AUTO_SERVER=TRUE",
                DatabaseSettings.expand("jdbc:h2:file:${demo.test.home}/.freshview-demo/forms;AUTO_SERVER=TRUE"));
        assertEquals("no variables", DatabaseSettings.expand("no variables"));
        assertEquals("unclosed ${demo.test.home", DatabaseSettings.expand("unclosed ${demo.test.home"));
    }

    @Test
    void a_system_property_wins_over_the_file_in_the_war() {
        System.setProperty("demo.db.url", "jdbc:h2:mem:override");

        DatabaseSettings settings = DatabaseSettings.load();

        assertEquals("jdbc:h2:mem:override", settings.url());
        assertEquals("sa", settings.user());
        assertEquals("url=jdbc:h2:mem:override, user=sa", settings.toString());
    }

    @Test
    void an_unknown_database_is_refused_with_the_url_named() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Database.driverClass(new DatabaseSettings("jdbc:mysql://db/forms", "u", "p")));

        assertEquals("The demo knows H2 (jdbc:h2:...) and PostgreSQL (jdbc:postgresql:...); demo.db.url is"
                + " jdbc:mysql://db/forms", refused.getMessage());
    }
}
