package org.freshview.demo.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The applications, in the database and nowhere else: every request reads what it needs, so
 * any number of server instances can share one database. Plain JDBC; a method is one
 * statement, so no transaction spans requests.
 */
@ApplicationScoped
public class FormStore {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "form_key, status, reached_page, created_at, updated_at, submitted_at";

    /** The column of each answer, by form parameter name: column names come from here, never from input. */
    private static final Map<String, String> ANSWER_COLUMNS = columnsByParam(
            "fullName", "full_name", "email", "email", "birthYear", "birth_year",
            "street", "street", "postalCode", "postal_code", "city", "city", "country", "country",
            "plan", "plan", "comments", "comments");

    private DataSource dataSource;
    private Clock clock;

    FormStore() {
        // for the CDI proxy
    }

    @Inject
    public FormStore(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    FormStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Starts a new application with a fresh random key and returns it. */
    public MembershipForm create() {
        String key = newKey();
        Instant now = now();
        update("INSERT INTO membership_form (form_key, status, reached_page, created_at, updated_at)"
                + " VALUES (?, ?, 1, ?, ?)", key, MembershipForm.Status.DRAFT.name(), Timestamp.from(now),
                Timestamp.from(now));
        Map<String, String> noAnswers = new LinkedHashMap<>();
        ANSWER_COLUMNS.keySet().forEach(param -> noAnswers.put(param, ""));
        return new MembershipForm(key, MembershipForm.Status.DRAFT, 1, noAnswers, null);
    }

    /** The application with this key; empty for a key nobody was given. */
    public Optional<MembershipForm> find(String key) {
        String sql = "SELECT " + COLUMNS + answerColumns() + " FROM membership_form WHERE form_key = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, key);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(form(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read application " + key, e);
        }
    }

    /**
     * Saves the answers of one page of a draft, by form parameter name, and records that the
     * user reached the page after it. Returns false when there is no draft with this key
     * (unknown or submitted).
     *
     * @throws IllegalArgumentException for an answer to no known question
     */
    public boolean savePage(String key, Page page, Map<String, String> answers) {
        StringJoiner set = new StringJoiner(", ");
        List<Object> values = new ArrayList<>();
        answers.forEach((param, answer) -> {
            String column = ANSWER_COLUMNS.get(param);
            if (column == null) {
                throw new IllegalArgumentException("No question is called " + param);
            }
            set.add(column + " = ?");
            values.add(answer);
        });
        set.add("reached_page = CASE WHEN reached_page < ? THEN ? ELSE reached_page END");
        values.add(page.next().getNumber());
        values.add(page.next().getNumber());
        set.add("updated_at = ?");
        values.add(Timestamp.from(now()));
        values.add(key);
        values.add(MembershipForm.Status.DRAFT.name());
        return update("UPDATE membership_form SET " + set + " WHERE form_key = ? AND status = ?",
                values.toArray()) == 1;
    }

    /** Marks a draft submitted; false when there is no draft with this key. */
    public boolean submit(String key) {
        Timestamp now = Timestamp.from(now());
        return update("UPDATE membership_form SET status = ?, submitted_at = ?, updated_at = ?"
                + " WHERE form_key = ? AND status = ?",
                MembershipForm.Status.SUBMITTED.name(), now, now, key, MembershipForm.Status.DRAFT.name()) == 1;
    }

    /** The most recently changed applications, newest first. */
    public List<FormSummary> recent(int limit) {
        String sql = "SELECT form_key, full_name, status, reached_page, updated_at FROM membership_form"
                + " ORDER BY updated_at DESC, form_key LIMIT ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, limit);
            List<FormSummary> forms = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    forms.add(new FormSummary(row.getString(1), nonNull(row.getString(2)),
                            MembershipForm.Status.valueOf(row.getString(3)), row.getInt(4),
                            row.getTimestamp(5).toInstant()));
                }
            }
            return forms;
        } catch (SQLException e) {
            throw new StoreException("Cannot list applications", e);
        }
    }

    /** 96 random bits, URL-safe: a key cannot be guessed from another. */
    static String newKey() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Instant now() {
        // Millisecond precision: what every database here stores, so a read gives back what was written.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private int update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot store the application", e);
        }
    }

    private static Map<String, String> columnsByParam(String... paramsAndColumns) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < paramsAndColumns.length; i += 2) {
            columns.put(paramsAndColumns[i], paramsAndColumns[i + 1]);
        }
        return Collections.unmodifiableMap(columns);
    }

    private static String answerColumns() {
        StringBuilder columns = new StringBuilder();
        for (String column : ANSWER_COLUMNS.values()) {
            columns.append(", ").append(column);
        }
        return columns.toString();
    }

    private static MembershipForm form(ResultSet row) throws SQLException {
        Map<String, String> answers = new LinkedHashMap<>();
        int column = 7;
        for (String param : ANSWER_COLUMNS.keySet()) {
            String value = row.getString(column++);
            answers.put(param, value == null ? "" : value);
        }
        Timestamp submitted = row.getTimestamp(6);
        return new MembershipForm(row.getString(1), MembershipForm.Status.valueOf(row.getString(2)), row.getInt(3),
                answers, submitted == null ? null : submitted.toInstant());
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** A database failure: the request ends with a 500 and the cause is logged. */
    public static final class StoreException extends RuntimeException {
        StoreException(String message, SQLException cause) {
            super(message + ": " + cause.getMessage(), cause);
        }
    }
}
