package org.freshview.internal.routing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MappedPathTest {

    @Test
    void a_plain_path_agrees_with_the_same_servlet_path_and_path_info() {
        assertTrue(MappedPath.agrees("/admin/x", "/admin/x", null));
        assertTrue(MappedPath.agrees("/admin/x", "/admin", "/x"));
        assertTrue(MappedPath.agrees("/admin/x", "", "/admin/x"));
        assertTrue(MappedPath.agrees("/", "/", null));
        assertTrue(MappedPath.agrees("", "", null));
        assertTrue(MappedPath.agrees("", "", "/"));
    }

    @Test
    void a_path_the_container_read_otherwise_does_not_agree() {
        // Undertow maps /app;forms/k/1 as /k/1; the router would have matched /forms/k/1
        assertFalse(MappedPath.agrees("/forms/k/1", "/k/1", null));
        // Tomcat merges //, Undertow keeps it
        assertFalse(MappedPath.agrees("//admin/x", "/admin/x", null));
        // a container that keeps a path parameter in its mapping
        assertFalse(MappedPath.agrees("/admin;x/page", "/admin;x/page", null));
        // a welcome file the container mapped the directory to
        assertFalse(MappedPath.agrees("/", "/index.html", null));
        assertFalse(MappedPath.agrees("/admin/x", "/Admin/x", null));
        assertFalse(MappedPath.agrees("/admin/x", "/admin/x/", null));
        assertFalse(MappedPath.agrees("/admin/x/", "/admin/x", null));
        assertFalse(MappedPath.agrees("/a/../admin/x", "/admin/x", null));
    }

    @Test
    void an_encoded_path_agrees_with_its_decoded_mapping() {
        assertTrue(MappedPath.agrees("/%61dmin/x", "/admin/x", null));
        assertTrue(MappedPath.agrees("/admin;x/page", "/admin/page", null));
        assertTrue(MappedPath.agrees("/echo/tax%20return%C3%A9", "/echo/tax return\u00e9", null));
        assertTrue(MappedPath.agrees("/;jsessionid=1", "/", null));
        assertFalse(MappedPath.agrees("/%61dmin/x", "/%61dmin/x", null));
        assertFalse(MappedPath.agrees("/echo/%zz", "/echo/%zz", null));
    }

    @Test
    void an_encoded_slash_may_stay_encoded_or_be_decoded_by_the_container() {
        assertTrue(MappedPath.agrees("/echo/a%2Fb", "/echo/a%2Fb", null));
        assertTrue(MappedPath.agrees("/echo/a%2fb", "/echo/a%2Fb", null));
        assertTrue(MappedPath.agrees("/echo/a%2Fb", "/echo/a/b", null));
        assertFalse(MappedPath.agrees("/echo/a%2Fb", "/echo/a%252Fb", null));
        assertFalse(MappedPath.agrees("/echo/a%2Fb", "/echo/ab", null));
    }
}
