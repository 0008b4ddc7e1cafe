package org.freshview.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Beans of Spring XML files are singletons unless they say otherwise; Struts 2 actions among them too. */
class SpringXmlBeansTest {

    private static final String X = "org.freshview.audit.fixtures.xml.";

    @TempDir
    Path directory;

    @Test
    void singleton_beans_of_spring_xml_are_audited_and_prototypes_are_not() throws IOException {
        Path war = TestArchives.war(directory, "xml.war", entry -> entry.contains("/xml/"));
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + war.toUri()), Map.of())) {
            Files.writeString(zip.getPath("WEB-INF/applicationContext.xml"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <beans xmlns="http://www.springframework.org/schema/beans">
                        <bean id="searchAction" class="%1$sSearchAction"/>
                        <bean id="prototypeSearchAction" class="%1$sPrototypeSearchAction" scope="prototype"/>
                        <bean id="tickets" class="%1$sTicketService">
                            <property name="timeToLive" value="300"/>
                        </bean>
                    </beans>
                    """.formatted(X));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(new String[] {war.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(Set.of(X + "SearchAction#query", X + "TicketService#tickets"), CommandLineTest.findings(report), report);
        assertTrue(report.contains("\n" + X + "SearchAction: a Spring bean declared in WEB-INF/applicationContext.xml"
                + " without scope=\"prototype\" (a singleton: one instance for all requests)\n  FV-401 query"), report);
    }
}
