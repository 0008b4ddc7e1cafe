package org.freshview.internal.web;

import jakarta.servlet.ServletContext;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The listener classes a deployment descriptor declares ({@code <listener-class>} in
 * {@code WEB-INF/web.xml} and in the {@code META-INF/web-fragment.xml} of the WAR's jars), read
 * from the files because the Servlet API lists no listeners. Read instead of having the container
 * hand Freshview every class that implements a listener interface ({@code @HandlesTypes} with class
 * types): for those, Tomcat reads the supertypes of every class of the WAR and its jars, about 10% of
 * the start of a WAR with 3,500 classes (benchmarks/README.md). {@code @WebListener} classes come
 * through {@code @HandlesTypes} still, an annotation type being cheap to check. A listener an
 * initializer or listener adds by code ({@code addListener}) is out of reach of both.
 */
final class DeclaredListeners {

    private static final System.Logger LOG = System.getLogger("org.freshview.audit");

    private static final String WEB_XML = "/WEB-INF/web.xml";
    private static final String WEB_FRAGMENT = "META-INF/web-fragment.xml";

    private DeclaredListeners() {
    }

    /** The class names, in the order declared: web.xml's, then the fragments' the container reads. */
    static Set<String> of(ServletContext context) {
        Set<String> names = new LinkedHashSet<>();
        boolean fragmentsRead = true;
        try (InputStream webXml = context.getResourceAsStream(WEB_XML)) {
            if (webXml != null) {
                Descriptor descriptor = read(webXml);
                names.addAll(descriptor.listeners());
                fragmentsRead = !descriptor.metadataComplete();
            }
        } catch (IOException | XMLStreamException e) {
            LOG.log(System.Logger.Level.DEBUG, "Freshview could not read " + WEB_XML + " for its listeners", e);
        }
        if (fragmentsRead) {
            names.addAll(fragmentListeners(context));
        }
        return names;
    }

    private static List<String> fragmentListeners(ServletContext context) {
        ClassLoader loader = context.getClassLoader();
        if (loader == null) {
            return List.of();
        }
        // With an <absolute-ordering> or <ordering>, the jars whose fragments the container reads, by name.
        List<?> ordered = context.getAttribute(ServletContext.ORDERED_LIBS) instanceof List<?> libs ? libs : null;
        List<String> names = new ArrayList<>();
        try {
            for (URL fragment : Collections.list(loader.getResources(WEB_FRAGMENT))) {
                String jar = jarName(fragment);
                if (jar == null || (ordered != null && !ordered.contains(jar))) {
                    continue;
                }
                try (InputStream in = fragment.openStream()) {
                    names.addAll(read(in).listeners());
                } catch (IOException | XMLStreamException e) {
                    LOG.log(System.Logger.Level.DEBUG, "Freshview could not read " + fragment + " for its listeners", e);
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Freshview could not list the web fragments for their listeners", e);
        }
        return names;
    }

    /**
     * The name of the jar holding a fragment ({@code jar:file:/.../lib/a.jar!/META-INF/web-fragment.xml},
     * WildFly's {@code vfs:/.../lib/a.jar/META-INF/web-fragment.xml}), or {@code null} for one in
     * {@code WEB-INF/classes}, which is no fragment.
     */
    static String jarName(URL fragment) {
        String url = fragment.toString();
        String folder = url.substring(0, url.length() - WEB_FRAGMENT.length());
        while (folder.endsWith("/") || folder.endsWith("!")) {
            folder = folder.substring(0, folder.length() - 1);
        }
        if (folder.endsWith("/WEB-INF/classes")) {
            return null;
        }
        return folder.substring(folder.lastIndexOf('/') + 1);
    }

    /** What Freshview reads of a descriptor. */
    record Descriptor(List<String> listeners, boolean metadataComplete) {
    }

    /** Reads a web.xml or web-fragment.xml of any version; no DTD or external entity is fetched. */
    static Descriptor read(InputStream xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader reader = factory.createXMLStreamReader(xml);
        List<String> listeners = new ArrayList<>();
        boolean metadataComplete = false;
        boolean root = true;
        try {
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                if (root) {
                    metadataComplete = "true".equalsIgnoreCase(
                            String.valueOf(reader.getAttributeValue(null, "metadata-complete")).trim());
                    root = false;
                } else if (reader.getLocalName().equals("listener-class")) {
                    String name = reader.getElementText().trim();
                    if (!name.isEmpty()) {
                        listeners.add(name);
                    }
                }
            }
        } finally {
            reader.close();
        }
        return new Descriptor(List.copyOf(listeners), metadataComplete);
    }
}
