package org.freshview.demo.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import javax.sql.DataSource;

/**
 * The demo's own connection pool, defined by the WAR so it runs unchanged on WildFly and on
 * Tomcat + Weld: a HikariCP pool over the database named by {@link DatabaseSettings}, whose
 * schema Flyway migrates on start-up ({@code WEB-INF/classes/db/migration}).
 *
 * <p>Why a pool in the WAR and not the server's DataSource: Tomcat embedded has no JNDI
 * DataSource unless its launcher defines one, and WildFly's needs the driver installed as a
 * module and a datasource added with the CLI; the WAR would then run only where someone did
 * both. HikariCP validates a connection before lending it, so after the database restarts the
 * next request gets a fresh connection instead of a dead one.
 */
@ApplicationScoped
public class Database {

    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    /** Where the migrations are, on the WAR's class path. */
    static final String MIGRATIONS = "classpath:db/migration";

    private HikariDataSource pool;

    /** Opens the pool and migrates the schema as soon as the application starts. */
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

    /** A pool on the database, with the schema migrated to the WAR's latest version. */
    public static HikariDataSource open(DatabaseSettings settings) {
        HikariDataSource opened = new HikariDataSource(config(settings));
        try {
            migrate(opened);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        return opened;
    }

    @PreDestroy
    synchronized void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }

    /** The pool's settings: the driver chosen by the URL, failing fast when the database is away. */
    static HikariConfig config(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("freshview-demo");
        config.setDriverClassName(driverClass(settings));
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(16);
        // A request waits at most 5 s for a connection, then the user sees the error page and can
        // retry, instead of a browser spinning for Hikari's default 30 s while the database restarts.
        config.setConnectionTimeout(5_000);
        // Start even when the database is not up yet: Flyway's first connection then reports it.
        config.setInitializationFailTimeout(-1);
        return config;
    }

    /** The driver class for the URL, loaded from the WAR's class loader (a driver in WEB-INF/lib). */
    static String driverClass(DatabaseSettings settings) {
        String driver;
        if (settings.url().startsWith("jdbc:h2:")) {
            driver = "org.h2.Driver";
        } else if (settings.url().startsWith("jdbc:postgresql:")) {
            driver = "org.postgresql.Driver";
        } else {
            throw new IllegalStateException("The demo knows H2 (jdbc:h2:...) and PostgreSQL (jdbc:postgresql:...);"
                    + " demo.db.url is " + settings.url());
        }
        try {
            Class.forName(driver, false, Database.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("demo.db.url names " + settings.url() + " but the driver class "
                    + driver + " is not in the WAR: add its driver dependency", e);
        }
        return driver;
    }

    /**
     * Applies the migrations the database lacks. A database made by an earlier demo (the table,
     * no Flyway history) is taken as version 1. Two instances starting at once are serialized by
     * Flyway's lock on its history table.
     */
    static void migrate(DataSource dataSource) {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .baselineOnMigrate(true)
                    .baselineVersion("1")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new IllegalStateException("Cannot migrate the demo's schema: " + e.getMessage(), e);
        }
    }
}
