package org.freshview.internal.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuotedTextTest {

    @Test
    void a_response_keeps_letters_beyond_ascii_and_shows_control_characters_as_question_marks() {
        assertEquals("Zoë?x?y?", QuotedText.forResponse("Zoë\nx\ty\u007f"));
    }

    @Test
    void a_value_in_a_response_is_cut_after_40_characters_and_says_so() {
        String fifty = "a".repeat(50);
        assertEquals("a".repeat(40) + "...", QuotedText.forResponse(fifty));
        assertEquals("a".repeat(40), QuotedText.forResponse("a".repeat(40)));
        assertEquals("aaa...", QuotedText.forResponse(fifty, 3));
    }

    @Test
    void a_log_line_shows_control_characters_and_everything_beyond_ascii_escaped() {
        assertEquals("/a\\u000d\\u000aFAKE \\u00e9\\u007f", QuotedText.forLog("/a\r\nFAKE é\u007f"));
    }

    @Test
    void a_log_line_keeps_the_first_200_characters_without_a_mark() {
        assertEquals("b".repeat(200), QuotedText.forLog("b".repeat(250)));
    }
}
