package org.freshview.demo.forms;

import org.freshview.demo.db.Database;
import org.freshview.demo.db.DatabaseSettings;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormStoreTest {

    private HikariDataSource pool;
    private FormStore store;

    @BeforeEach
    void openDatabase() {
        pool = Database.open(new DatabaseSettings("jdbc:h2:mem:" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        store = new FormStore(pool, Clock.fixed(Instant.parse("2026-11-25T20:00:00.123456Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void closeDatabase() {
        pool.close();
    }

    @Test
    void a_new_form_is_a_draft_on_page_one_with_a_random_key() {
        MembershipForm created = store.create();
        MembershipForm other = store.create();

        assertEquals(16, created.key().length());
        assertFalse(created.key().equals(other.key()));
        assertEquals(created, store.find(created.key()).orElseThrow());
        assertEquals(MembershipForm.Status.DRAFT, created.status());
        assertEquals(1, created.reachedPage());
    }

    @Test
    void an_unknown_key_finds_nothing() {
        assertTrue(store.find("nobody-has-this").isEmpty());
    }

    @Test
    void saving_a_page_stores_its_answers_and_moves_the_reached_page_forward_only() {
        String key = store.create().key();
        Map<String, String> about = Map.of("fullName", "Ada Lovelace", "email", "ada@example.org",
                "birthYear", "1990");

        assertTrue(store.savePage(key, Page.ABOUT_YOU, about));
        assertTrue(store.savePage(key, Page.ADDRESS, Map.of("street", "1 Main St", "postalCode", "12345",
                "city", "London", "country", "UK")));
        assertTrue(store.savePage(key, Page.ABOUT_YOU, Map.of("fullName", "Ada King", "email",
                "ada@example.org", "birthYear", "1990")));

        MembershipForm stored = store.find(key).orElseThrow();
        assertEquals("Ada King", stored.answer("fullName"));
        assertEquals("London", stored.answer("city"));
        assertEquals("", stored.answer("plan"));
        assertEquals(3, stored.reachedPage());
        assertEquals(Page.MEMBERSHIP, stored.firstIncompletePage().orElseThrow());
    }

    @Test
    void a_submitted_form_can_neither_be_changed_nor_submitted_again() {
        String key = store.create().key();
        assertTrue(store.submit(key));

        assertFalse(store.savePage(key, Page.ABOUT_YOU, Map.of("fullName", "Mallory")));
        assertFalse(store.submit(key));
        MembershipForm stored = store.find(key).orElseThrow();
        assertTrue(stored.isSubmitted());
        assertEquals("", stored.answer("fullName"));
        assertEquals(Instant.parse("2026-11-25T20:00:00.123Z"), stored.submittedAt());
    }

    @Test
    void hostile_text_is_stored_as_text() {
        String key = store.create().key();
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("street", "'); DROP TABLE membership_form; --<script>");
        answers.put("postalCode", "12345");
        answers.put("city", "'); DROP TABLE membership_form; --<script>");
        answers.put("country", "\"><b>UK</b>");
        assertTrue(store.savePage(key, Page.ADDRESS, answers));

        MembershipForm stored = store.find(key).orElseThrow();
        assertEquals("'); DROP TABLE membership_form; --<script>", stored.answer("city"));
        assertEquals("\"><b>UK</b>", stored.answer("country"));
    }

    @Test
    void an_answer_to_no_known_question_is_refused_before_any_sql_is_written() {
        String key = store.create().key();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> store.savePage(key, Page.ABOUT_YOU, Map.of("full_name = 'x', status", "SUBMITTED")));

        assertEquals("No question is called full_name = 'x', status", refused.getMessage());
        assertFalse(store.find(key).orElseThrow().isSubmitted());
    }

    @Test
    void the_list_shows_the_most_recently_changed_forms_first() {
        MutableClock clock = new MutableClock();
        store = new FormStore(pool, clock);
        String first = store.create().key();
        clock.now = clock.now.plusSeconds(1);
        String second = store.create().key();
        clock.now = clock.now.plusSeconds(1);
        store.savePage(first, Page.ABOUT_YOU, Map.of("fullName", "Grace Hopper"));

        List<FormSummary> recent = store.recent(10);
        assertEquals(List.of(first, second), recent.stream().map(FormSummary::getKey).toList());
        assertEquals("Grace Hopper", recent.get(0).getFullName());
        assertEquals("", recent.get(1).getFullName());
        assertEquals(1, store.recent(1).size());
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-25T20:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
