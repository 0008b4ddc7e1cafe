package ${package};

import org.freshview.Result;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A view is a plain class: its handler can be called without a server. */
class HelloViewTest {

    @Test
    void the_page_greets_the_name_in_the_url() {
        HelloView view = new HelloView();
        view.name = "Ada";
        view.greeting = "Hello";

        assertEquals(Result.render("/WEB-INF/views/hello.jsp"), view.show());
        assertEquals("Hello, Ada!", view.getMessage());
    }

    @Test
    void the_greeting_comes_from_the_query() {
        HelloView view = new HelloView();
        view.name = "Ada";
        view.greeting = "Hi";

        assertEquals("Hi, Ada!", view.getMessage());
    }

    @Test
    void links_to_the_view_are_generated_and_percent_encoded() {
        // HelloViewLinks is written by freshview-processor at compile time
        assertEquals("/hello/Grace%20Hopper", HelloViewLinks.uri("Grace Hopper"));
    }
}
