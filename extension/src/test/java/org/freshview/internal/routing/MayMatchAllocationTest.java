package org.freshview.internal.routing;

import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Issue 22's goal that a request no view claims costs Freshview no allocation: the router's
 * answer for a path outside every template allocates nothing, counted by the JDK per thread.
 */
class MayMatchAllocationTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void a_path_no_template_starts_like_allocates_nothing() {
        Router.Builder<String> builder = Router.builder();
        for (String template : new String[] {"/view/{p}", "/page/view/{p}", "/orders/{id}/items", "/about"}) {
            builder.add(new RouteSpec<>(template, "com.example.V", Map.of(), Set.of("GET"), template));
        }
        Router<String> router = builder.build();
        String[] uris = {"/load/static.txt", "/load/servlet/w1n123", "/load/css/site.css", "/load/viewer/x"};
        for (String uri : uris) {
            assertFalse(router.mayMatch(uri, 5), uri);
        }
        boolean any = false;
        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 100_000; i++) {
            any |= router.mayMatch(uris[i & 3], 5);
        }
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;

        assertFalse(any);
        assertEquals(0, allocated, "bytes allocated by 100,000 calls");
    }
}
