package org.freshview.internal.web;

import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DeclaredListenersTest {

    private static final String WEB_XML = """
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0" %s>
                <listener><listener-class> com.example.XmlListener </listener-class></listener>
                <servlet><servlet-name>s</servlet-name><servlet-class>com.example.S</servlet-class></servlet>
                <listener>
                    <description>second</description>
                    <listener-class>com.example.OtherListener</listener-class>
                </listener>
            </web-app>
            """;

    @TempDir
    Path jars;

    @Test
    void web_xml_declares_its_listeners_in_order_and_so_do_the_fragments_of_the_wars_jars() throws Exception {
        ServletContext context = context(WEB_XML.formatted(""), null,
                jar("a.jar", fragment("com.example.FragmentListener")), jar("b.jar", null));

        assertEquals(Set.of("com.example.XmlListener", "com.example.OtherListener", "com.example.FragmentListener"),
                DeclaredListeners.of(context));
        assertEquals(List.of("com.example.XmlListener", "com.example.OtherListener", "com.example.FragmentListener"),
                List.copyOf(DeclaredListeners.of(context)));
    }

    @Test
    void a_metadata_complete_web_xml_leaves_the_fragments_out_as_the_container_does() throws Exception {
        ServletContext context = context(WEB_XML.formatted("metadata-complete=\"true\""), null,
                jar("a.jar", fragment("com.example.FragmentListener")));

        assertEquals(List.of("com.example.XmlListener", "com.example.OtherListener"),
                List.copyOf(DeclaredListeners.of(context)));
    }

    @Test
    void with_an_ordering_only_the_fragments_of_the_ordered_jars_count() throws Exception {
        ServletContext context = context(null, List.of("b.jar"),
                jar("a.jar", fragment("com.example.Excluded")), jar("b.jar", fragment("com.example.Ordered")));

        assertEquals(List.of("com.example.Ordered"), List.copyOf(DeclaredListeners.of(context)));
    }

    @Test
    void a_web_xml_of_servlet_2_3_with_its_doctype_is_read_without_fetching_the_dtd() throws Exception {
        String old = """
                <?xml version="1.0"?>
                <!DOCTYPE web-app PUBLIC "-//Sun Microsystems, Inc.//DTD Web Application 2.3//EN"
                    "http://java.sun.com/dtd/web-app_2_3.dtd">
                <web-app><listener><listener-class>com.example.Old</listener-class></listener></web-app>
                """;

        assertEquals(List.of("com.example.Old"), DeclaredListeners.read(stream(old)).listeners());
    }

    @Test
    void a_web_xml_freshview_cannot_read_declares_nothing_and_fails_nothing() throws Exception {
        assertEquals(Set.of(), DeclaredListeners.of(context("<web-app><listener>", null)));
    }

    @Test
    void the_jar_of_a_fragment_is_named_from_a_jar_url_and_from_a_wildfly_vfs_url() throws Exception {
        assertEquals("a.jar", DeclaredListeners.jarName(new URL("jar:file:/srv/app/WEB-INF/lib/a.jar!/META-INF/web-fragment.xml")));
        assertEquals("b.jar", DeclaredListeners.jarName(new URL("file:/content/app.war/WEB-INF/lib/b.jar/META-INF/web-fragment.xml")));
        assertNull(DeclaredListeners.jarName(new URL("file:/srv/app/WEB-INF/classes/META-INF/web-fragment.xml")));
    }

    private static String fragment(String listener) {
        return """
                <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                    <listener><listener-class>%s</listener-class></listener>
                </web-fragment>
                """.formatted(listener);
    }

    private Path jar(String name, String fragment) throws IOException {
        Path jar = jars.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(fragment == null ? "META-INF/other.txt" : "META-INF/web-fragment.xml"));
            out.write((fragment == null ? "" : fragment).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A servlet context with a web.xml (or none), the ORDERED_LIBS attribute, and a loader over the jars. */
    private static ServletContext context(String webXml, List<String> orderedLibs, Path... jarFiles) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (Path jar : jarFiles) {
            urls.add(jar.toUri().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), null);
        return (ServletContext) Proxy.newProxyInstance(DeclaredListenersTest.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getResourceAsStream" -> "/WEB-INF/web.xml".equals(args[0]) && webXml != null ? stream(webXml) : null;
                    case "getClassLoader" -> loader;
                    case "getAttribute" -> ServletContext.ORDERED_LIBS.equals(args[0]) ? orderedLibs : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
