package org.freshview.internal.undertow;

import io.undertow.server.handlers.resource.Resource;
import io.undertow.server.handlers.resource.ResourceChangeListener;
import io.undertow.server.handlers.resource.ResourceManager;
import jakarta.servlet.ServletContext;
import org.freshview.internal.web.Dispatcher;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ViewPathResourcesTest {

    /** The files: records what it was asked, finds nothing. */
    static final class Files implements ResourceManager {
        final List<String> asked = new ArrayList<>();

        @Override
        public Resource getResource(String path) {
            asked.add(path);
            return null;
        }

        @Override
        public boolean isResourceChangeListenerSupported() {
            return false;
        }

        @Override
        public void registerResourceChangeListener(ResourceChangeListener listener) {
        }

        @Override
        public void removeResourceChangeListener(ResourceChangeListener listener) {
        }

        @Override
        public void close() {
        }
    }

    private final Map<String, Object> attributes = new HashMap<>();
    private final ServletContext context = (ServletContext) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ServletContext.class},
            (proxy, method, args) -> method.getName().equals("getAttribute") ? attributes.get((String) args[0]) : null);
    private final Files files = new Files();
    private final ViewPathResources resources = new ViewPathResources(files, context, List.of("index.html", "index.jsp"));

    private void publish(Predicate<String> claims) {
        attributes.put(Dispatcher.CLAIMED_PATHS, claims);
    }

    @Test
    void every_path_is_looked_up_until_the_filter_has_published_its_routes() throws Exception {
        resources.getResource("/shop/apple");

        assertEquals(List.of("/shop/apple"), files.asked);
    }

    @Test
    void a_path_a_view_claims_is_no_resource_without_a_lookup() throws Exception {
        publish(path -> path.startsWith("/shop/"));

        assertNull(resources.getResource("/shop/apple"));
        assertEquals(List.of(), files.asked);
    }

    @Test
    void a_path_no_view_claims_is_looked_up() throws Exception {
        publish(path -> path.startsWith("/shop/"));

        resources.getResource("/assets/site.css");

        assertEquals(List.of("/assets/site.css"), files.asked);
    }

    @Test
    void a_welcome_file_is_looked_up_even_where_a_view_claims_its_path() throws Exception {
        publish(path -> path.startsWith("/shop/"));

        resources.getResource("/shop/corner/index.html");
        resources.getResource("/shop/corner/index.jsp");
        resources.getResource("/shop/xindex.html");

        assertEquals(List.of("/shop/corner/index.html", "/shop/corner/index.jsp"), files.asked);
    }

    @Test
    void a_directory_path_with_its_slash_is_looked_up_so_its_welcome_file_wins_over_a_view() throws Exception {
        publish(path -> true);

        resources.getResource("/");
        resources.getResource("/files/");

        assertEquals(List.of("/", "/files/"), files.asked);
    }
}
