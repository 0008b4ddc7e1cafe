package org.freshview;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlashTest {

    @Test
    void a_redirect_carries_its_messages_and_stays_a_comparable_value() {
        Result.Redirect redirect = Result.redirect("/notes").flash("saved", "Your note was saved").status(302);

        assertEquals(new Result.Redirect("/notes", 302, false, new Flash(Map.of("saved", "Your note was saved"))), redirect);
        assertEquals("Your note was saved", redirect.flash().get("saved"));
        assertEquals(Flash.EMPTY, Result.redirect("/notes").flash());
    }

    @Test
    void a_redirect_to_a_view_carries_its_messages_too() {
        Result.RedirectToView redirect = Result.redirect(Object.class, 42).status(303).flash("saved", "Saved");

        assertEquals(303, redirect.statusCode());
        assertEquals(Map.of("saved", "Saved"), redirect.flash());
    }

    @Test
    void too_large_a_flash_fails_where_the_handler_adds_it() {
        Result.Redirect redirect = Result.redirect("/notes").flash("a", "x".repeat(Flash.MAX_BYTES - 2));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> redirect.flash("b", "xx"));
        assertTrue(e.getMessage().startsWith("Flash messages travel in a cookie, so one redirect carries at most 20"
                + " of them, with at most 2000 bytes of names and texts in UTF-8; these are 2 messages of 2002 bytes."),
                e.getMessage());
    }

    @Test
    void too_many_messages_and_empty_names_are_refused() {
        Flash flash = Flash.EMPTY;
        for (int i = 0; i < Flash.MAX_MESSAGES; i++) {
            flash = flash.with("m" + i, "");
        }
        Flash full = flash;

        assertThrows(IllegalArgumentException.class, () -> full.with("one more", ""));
        assertThrows(IllegalArgumentException.class, () -> Flash.EMPTY.with("", "text"));
        assertThrows(NullPointerException.class, () -> Flash.EMPTY.with("saved", null));
    }

    @Test
    void the_messages_cannot_be_changed() {
        Flash flash = Flash.EMPTY.with("saved", "Saved");

        assertThrows(UnsupportedOperationException.class, () -> flash.put("other", "x"));
        assertThrows(UnsupportedOperationException.class, () -> flash.entrySet().clear());
    }
}
