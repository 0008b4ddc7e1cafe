package org.freshview.demo.db;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The demo's own connection pool, defined by the WAR so it runs unchanged on WildFly and on
 * Tomcat + Weld: H2's {@link JdbcConnectionPool} over the database named by
 * {@link DatabaseSettings}. The schema is created on start-up when it is absent.
 */
@ApplicationScoped
public class Database {

    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    /** Portable DDL: the same statements run on H2 and PostgreSQL. */
    static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS membership_form (
            form_key     VARCHAR(32)   PRIMARY KEY,
            status       VARCHAR(16)   NOT NULL,
            reached_page INTEGER       NOT NULL,
            full_name    VARCHAR(100),
            email        VARCHAR(100),
            birth_year   VARCHAR(4),
            street       VARCHAR(100),
            postal_code  VARCHAR(12),
            city         VARCHAR(60),
            country      VARCHAR(60),
            plan         VARCHAR(16),
            comments     VARCHAR(1000),
            created_at   TIMESTAMP     NOT NULL,
            updated_at   TIMESTAMP     NOT NULL,
            submitted_at TIMESTAMP
        )""",
        "CREATE INDEX IF NOT EXISTS membership_form_updated ON membership_form (updated_at)"
    };

    private JdbcConnectionPool pool;

    /** Opens the pool and creates the schema as soon as the application starts. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        dataSource();
    }

    @Produces
    @ApplicationScoped
    synchronized DataSource dataSource() {
        if (pool == null) {
            DatabaseSettings settings = DatabaseSettings.load();
            pool = open(settings);
            LOG.log(System.Logger.Level.INFO, "Freshview demo database: " + settings);
        }
        return pool;
    }

    /** A pool on the database, with the schema created if it is absent. */
    public static JdbcConnectionPool open(DatabaseSettings settings) {
        JdbcConnectionPool opened = JdbcConnectionPool.create(connections(settings));
        opened.setMaxConnections(32);
        try {
            createSchema(opened);
        } catch (RuntimeException e) {
            opened.dispose();
            throw e;
        }
        return opened;
    }

    @PreDestroy
    synchronized void close() {
        if (pool != null) {
            pool.dispose();
            pool = null;
        }
    }

    /**
     * The driver's own pooled-connection source: H2's built in, PostgreSQL's when the URL
     * asks for it (add org.postgresql:postgresql to the WAR); both take URL, user, password.
     */
    static ConnectionPoolDataSource connections(DatabaseSettings settings) {
        if (settings.url().startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(settings.url());
            h2.setUser(settings.user());
            h2.setPassword(settings.password());
            return h2;
        }
        if (settings.url().startsWith("jdbc:postgresql:")) {
            return configured("org.postgresql.ds.PGConnectionPoolDataSource", settings);
        }
        throw new IllegalStateException("The demo knows H2 (jdbc:h2:...) and PostgreSQL (jdbc:postgresql:...);"
                + " demo.db.url is " + settings.url());
    }

    private static ConnectionPoolDataSource configured(String className, DatabaseSettings settings) {
        try {
            Class<?> type = Class.forName(className, true, Database.class.getClassLoader());
            Object source = type.getConstructor().newInstance();
            type.getMethod("setURL", String.class).invoke(source, settings.url());
            type.getMethod("setUser", String.class).invoke(source, settings.user());
            type.getMethod("setPassword", String.class).invoke(source, settings.password());
            return (ConnectionPoolDataSource) source;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("demo.db.url names " + settings.url()
                    + " but the driver class " + className + " is not in the WAR: add its driver dependency", e);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException target ? target.getCause() : e;
            throw new IllegalStateException("Cannot configure " + className + ": " + cause, cause);
        }
    }

    private static void createSchema(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String ddl : SCHEMA) {
                statement.execute(ddl);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the demo's schema: " + e.getMessage(), e);
        }
    }
}
