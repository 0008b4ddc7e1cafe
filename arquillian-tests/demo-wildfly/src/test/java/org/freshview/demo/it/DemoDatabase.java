package org.freshview.demo.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The rows the demo stored, read straight from the database the servers share (PostgreSQL, or H2 with AUTO_SERVER). */
final class DemoDatabase {

    private DemoDatabase() {
    }

    /** The stored row of one form, column name (lower case) to value; empty if there is none. */
    static Optional<Map<String, String>> row(String key) {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT * FROM membership_form WHERE form_key = ?")) {
            statement.setString(1, key);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Map<String, String> values = new LinkedHashMap<>();
                ResultSetMetaData meta = row.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), row.getString(i));
                }
                return Optional.of(values);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the demo database: " + e.getMessage(), e);
        }
    }

    /** The document attached to a form: file name, content type and size; empty if there is none. */
    static Optional<String> document(String key) {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT file_name, content_type, size_bytes FROM membership_document WHERE form_key = ?")) {
            statement.setString(1, key);
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? Optional.of(row.getString(1) + " " + row.getString(2) + " " + row.getInt(3))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the demo database: " + e.getMessage(), e);
        }
    }

    /** Every stored row by form key, read on one connection (a connection per row is slow with SCRAM). */
    static Map<String, Map<String, String>> all() {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement("SELECT * FROM membership_form");
             ResultSet row = statement.executeQuery()) {
            Map<String, Map<String, String>> rows = new java.util.HashMap<>();
            ResultSetMetaData meta = row.getMetaData();
            while (row.next()) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.put(meta.getColumnName(i).toLowerCase(Locale.ROOT), row.getString(i));
                }
                rows.put(values.get("form_key"), values);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the demo database: " + e.getMessage(), e);
        }
    }

    static int count() {
        try (Connection connection = connect();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM membership_form");
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the demo database: " + e.getMessage(), e);
        }
    }

    /**
     * The test class path's drivers, registered with DriverManager by loading them. Its own lookup
     * runs once per JVM, with the thread's class loader of the moment: when that is the WAR's in
     * the embedded Tomcat of TwoServersIT (run first), only the WAR's drivers are registered,
     * DriverManager hides them from this class's loader, and Tomcat deregisters them at its stop.
     */
    static {
        for (String driver : new String[] {"org.postgresql.Driver", "org.h2.Driver"}) {
            try {
                Class.forName(driver);
            } catch (ClassNotFoundException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    private static Connection connect() throws SQLException {
        String url = System.getProperty("demo.db.url");
        if (url == null) {
            throw new IllegalStateException("System property demo.db.url must name the demo's database");
        }
        return DriverManager.getConnection(url, System.getProperty("demo.db.user", "sa"),
                System.getProperty("demo.db.password", ""));
    }
}
