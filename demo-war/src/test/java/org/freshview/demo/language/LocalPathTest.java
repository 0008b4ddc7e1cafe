package org.freshview.demo.language;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The language switch sends the user back to a page of the demo, and nowhere else. */
class LocalPathTest {

    @Test
    void a_path_of_the_demo_is_taken_as_it_is() {
        assertEquals("/forms", LocalPath.orStart("/forms"));
        assertEquals("/forms/AbC-9_xyz/1", LocalPath.orStart("/forms/AbC-9_xyz/1"));
        assertEquals("/forms/AbC-9_xyz/document", LocalPath.orStart("/forms/AbC-9_xyz/document"));
        assertEquals("/", LocalPath.orStart("/"));
    }

    @Test
    void anything_a_browser_could_read_as_another_site_leads_to_the_start_page() {
        for (String hostile : new String[] {
                "//evil.example", "//evil.example/forms", "/\\evil.example", "\\\\evil.example", "/\\/evil.example",
                "https://evil.example/", "http:/evil.example", "javascript:alert(1)", "evil.example",
                "/forms\r\nSet-Cookie: lang=xx", "/forms\nLocation: //evil.example", "/forms%0d%0aX: y",
                "/forms?x=//evil", "/forms#//evil", "/%2F%2Fevil.example", " /forms", "/forms ", "",
                "/\u2215\u2215evil.example", "/" + "a".repeat(LocalPath.MAX_LENGTH)}) {
            assertEquals(LocalPath.START, LocalPath.orStart(hostile), hostile);
        }
        assertEquals(LocalPath.START, LocalPath.orStart(null));
    }
}
