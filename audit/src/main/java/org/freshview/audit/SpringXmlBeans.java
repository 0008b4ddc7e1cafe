package org.freshview.audit;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The singleton beans of Spring XML files ({@code <bean class="..."/>} without a {@code scope}, or
 * {@code scope="singleton"}): Spring's default scope is singleton, so one instance serves all
 * requests. A Struts 2 action that the struts2-spring-plugin takes from such a bean is shared too;
 * the plugin's documentation asks for {@code scope="prototype"}.
 */
final class SpringXmlBeans {

    /**
     * One singleton bean definition.
     *
     * @param className the bean's class
     * @param file      the XML file, by its entry name
     */
    record Bean(String className, String file) {
    }

    private SpringXmlBeans() {
    }

    static List<Bean> of(Map<String, byte[]> xmlFiles) {
        List<Bean> beans = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : xmlFiles.entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            if (!text.contains("<beans") && !text.contains(":beans")) {
                continue;
            }
            Document document = parse(file.getValue());
            if (document == null) {
                continue;
            }
            NodeList all = document.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element bean = (Element) all.item(i);
                if (!localName(bean).equals("bean") || bean.getAttribute("class").isEmpty()
                        || bean.getAttribute("abstract").equals("true")
                        || !(bean.getParentNode() instanceof Element parent && localName(parent).equals("beans"))) {
                    continue;
                }
                String scope = bean.getAttribute("scope").toLowerCase(Locale.ROOT);
                if (!scope.isEmpty() && !scope.equals("singleton") || bean.getAttribute("singleton").equals("false")) {
                    continue;
                }
                beans.add(new Bean(bean.getAttribute("class").strip(), file.getKey()));
            }
        }
        return beans;
    }

    private static String localName(Element element) {
        String name = element.getTagName();
        return name.substring(name.indexOf(':') + 1);
    }

    /** Parsed without fetching DTDs or schemas; {@code null} when it is not well-formed XML. */
    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException | IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
