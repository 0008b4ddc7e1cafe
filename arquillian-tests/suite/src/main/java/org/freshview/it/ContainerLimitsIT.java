package org.freshview.it;

import org.freshview.it.views.LimitsView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The default limit of 1000 parameters, where the containers' own limits are as well: who
 * answers a query string or a form of 1001 parameters on each server ({@link ParameterLimits}).
 */
@ExtendWith(ArquillianExtension.class)
class ContainerLimitsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("container-limits", LimitsView.class);
    }

    private final TargetServer server = TargetServer.current();

    @ArquillianResource
    URL base;

    private HttpResponse<String> sendForm(String method, String body) {
        return Http.send(Http.to(base, "limits").header("Content-Type", Http.FORM)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void a_query_string_of_1000_parameters_is_bound() {
        HttpResponse<String> response = Http.get(base, "limits?" + LimitsIT.pairs(1000));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("a=1000 decimal=0 integer=0", response.body());
    }

    @Test
    void a_query_string_of_1001_parameters_is_a_400() {
        HttpResponse<String> response = Http.get(base, "limits?" + LimitsIT.distinctPairs(1001));

        if (server.parameterLimits() == ParameterLimits.QUERY_AND_FORM_BY_THE_CONTAINER) {
            assertEquals(400, response.statusCode(), Http.abbreviate(response.body()));
            assertEquals("", response.body());
        } else {
            LimitsIT.assertPlain(400, "Bad Request: the query string has more than 1000 parameters.", response);
        }
    }

    @Test
    void a_posted_form_of_1000_fields_is_bound() {
        HttpResponse<String> response = sendForm("POST", LimitsIT.pairs(1000));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("a=1000", response.body());
    }

    @Test
    void a_posted_form_of_1001_fields_is_refused_with_a_plain_4xx() {
        HttpResponse<String> response = sendForm("POST", LimitsIT.distinctPairs(1001));

        if (server.parameterLimits() == ParameterLimits.BY_FRESHVIEW) {
            LimitsIT.assertPlain(413, "Content Too Large: the form has more than 1000 fields.", response);
        } else {
            LimitsIT.assertPlain(400, "Bad Request: the form could not be read.", response);
        }
    }

    @Test
    void a_put_form_of_1001_fields_is_a_413() {
        LimitsIT.assertPlain(413, "Content Too Large: the form has more than 1000 fields.",
                sendForm("PUT", LimitsIT.distinctPairs(1001)));
    }

    @Test
    void a_put_body_of_2_mb_of_names_is_a_413() {
        String body = "a&".repeat(1024 * 1024);
        HttpResponse<String> response = sendForm("PUT", body);

        LimitsIT.assertPlain(413, "Content Too Large: the form has more than 1000 fields.", response);
    }
}
