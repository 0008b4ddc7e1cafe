package org.freshview.demo.db;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatabaseTest {

    @Test
    void an_empty_database_gets_the_schema_and_flyways_history() throws SQLException {
        DatabaseSettings settings = memory("empty");
        try (HikariDataSource pool = Database.open(settings); Connection connection = pool.getConnection();
             Statement statement = connection.createStatement()) {
            assertEquals(0, count(statement, "SELECT COUNT(*) FROM membership_form"));
            assertEquals("1", single(statement, "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL' AND \"success\""));
        }
    }

    @Test
    void a_database_made_before_flyway_keeps_its_rows_and_is_taken_as_version_1() throws SQLException {
        DatabaseSettings settings = memory("old");
        try (Connection keepAlive = DriverManager.getConnection(settings.url(), "sa", "");
             Statement old = keepAlive.createStatement()) {
            old.execute("CREATE TABLE membership_form (form_key VARCHAR(32) PRIMARY KEY, status VARCHAR(16) NOT NULL,"
                    + " reached_page INTEGER NOT NULL, full_name VARCHAR(100), email VARCHAR(100), birth_year VARCHAR(4),"
                    + " street VARCHAR(100), postal_code VARCHAR(12), city VARCHAR(60), country VARCHAR(60),"
                    + " plan VARCHAR(16), comments VARCHAR(1000), created_at TIMESTAMP NOT NULL,"
                    + " updated_at TIMESTAMP NOT NULL, submitted_at TIMESTAMP)");
            old.execute("INSERT INTO membership_form (form_key, status, reached_page, created_at, updated_at)"
                    + " VALUES ('k', 'DRAFT', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");

            try (HikariDataSource pool = Database.open(settings); Connection connection = pool.getConnection();
                 Statement statement = connection.createStatement()) {
                assertEquals(1, count(statement, "SELECT COUNT(*) FROM membership_form"));
                assertEquals("1", single(statement, "SELECT \"version\" FROM \"flyway_schema_history\""
                        + " WHERE \"type\" = 'BASELINE'"));
            }
        }
    }

    private static DatabaseSettings memory(String name) {
        return new DatabaseSettings("jdbc:h2:mem:" + name + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    private static int count(Statement statement, String sql) throws SQLException {
        return Integer.parseInt(single(statement, sql));
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
