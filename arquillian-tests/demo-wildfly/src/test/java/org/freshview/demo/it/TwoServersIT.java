package org.freshview.demo.it;

import org.freshview.demo.tomcat.DemoTomcat;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two servers, one database: the demo on WildFly (deployed by Arquillian) and the same WAR on
 * embedded Tomcat + Weld, both on one database (the PostgreSQL the build starts) and one CSRF key. One user
 * walks one form, every request going to the other server than the one before, as a load
 * balancer without sticky sessions would send them. It works because no request leaves
 * anything in a server's memory for the next one.
 */
@ExtendWith(ArquillianExtension.class)
class TwoServersIT {

    static final int TOMCAT_PORT = Integer.getInteger("demo.tomcat.port", 8180);

    @Deployment(testable = false)
    static WebArchive demo() {
        return DemoWar.asBuilt();
    }

    @ArquillianResource
    URL wildflyBase;

    private DemoTomcat tomcat;

    @BeforeEach
    void startTomcat() throws Exception {
        Path work = Path.of(System.getProperty("demo.work", "target/work"), "tomcat");
        tomcat = DemoTomcat.start(DemoWar.file().toPath(), work, TOMCAT_PORT);
    }

    @AfterEach
    void stopTomcat() throws Exception {
        if (tomcat != null) {
            tomcat.close();
        }
    }

    @Test
    void one_form_walked_alternately_on_wildfly_and_tomcat_keeps_every_answer() {
        URI wildfly = Applications.uri(wildflyBase, "");
        // The same host name for both, as behind a load balancer: cookies (the CSRF nonce) go by host.
        URI tomcatBase = URI.create("http://" + wildfly.getHost() + ":" + tomcat.uri().getPort() + tomcat.uri().getPath());
        assertNotEquals(wildfly.getPort(), tomcatBase.getPort());
        DemoClient user = new DemoClient();

        assertEquals(200, user.get(wildfly.resolve("forms")).statusCode());
        HttpResponse<String> created = user.post(tomcatBase.resolve("forms"), Map.of());
        assertEquals(303, created.statusCode(), "Tomcat accepts the token WildFly issued: " + created.body());
        String key = Applications.key(URI.create(DemoClient.location(created).toString().replaceAll("/1$", "")));
        URI onWildfly = wildfly.resolve("forms/" + key);
        URI onTomcat = tomcatBase.resolve("forms/" + key);

        savePage(user, onWildfly, onTomcat, 1, Applications.aboutYou("Ada Lovelace", "ada@example.org"));
        savePage(user, onTomcat, onWildfly, 2, Applications.address("1 Main St", "London", "UK"));
        savePage(user, onWildfly, onTomcat, 3, Applications.membership("student", "Rowing since 2020."));

        HttpResponse<String> review = user.get(Applications.page(onTomcat, 4));
        assertEquals(200, review.statusCode());
        assertTrue(review.body().contains("<dd id=\"answer-fullName\">Ada Lovelace</dd>"), review.body());
        assertTrue(review.body().contains("<dd id=\"answer-city\">London</dd>"), review.body());
        assertTrue(review.body().contains("<dd id=\"answer-plan\">Student</dd>"), review.body());

        HttpResponse<String> submitted = user.post(Applications.page(onWildfly, 4), Map.of());
        assertEquals(303, submitted.statusCode());
        HttpResponse<String> receipt = user.get(onTomcat);
        assertEquals(200, receipt.statusCode());
        assertTrue(receipt.body().contains("<h1>Thank you, Ada Lovelace</h1>"), receipt.body());

        HttpResponse<String> list = user.get(wildfly.resolve("forms"));
        assertTrue(list.body().contains("data-key=\"" + key + "\""), list.body());
        Map<String, String> row = DemoDatabase.row(key).orElseThrow();
        assertEquals("SUBMITTED", row.get("status"));
        assertEquals("Rowing since 2020.", row.get("comments"));
    }

    /** Reads the page on one server and posts it to the other. */
    private static void savePage(DemoClient user, URI readFrom, URI postTo, int page, Map<String, String> answers) {
        HttpResponse<String> shown = user.get(Applications.page(readFrom, page));
        assertEquals(200, shown.statusCode(), readFrom + " page " + page);
        HttpResponse<String> saved = user.post(Applications.page(postTo, page), answers);
        assertEquals(303, saved.statusCode(), postTo + " page " + page + ": " + DemoClient.abbreviate(saved.body()));
        assertEquals(Applications.page(postTo, page + 1), DemoClient.location(saved));
    }
}
