package org.freshview.internal.cdi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PathParam;
import org.freshview.View;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteTableLogTest {

    @View("/hello")
    public static class HelloView {
        @GET
        public String hello() {
            return "hi";
        }
    }

    @View("/about")
    public static class AboutView {
        @GET
        public String about() {
            return "about";
        }
    }

    @View("/items/{code}")
    public static class ItemByCode {
        @GET
        public String show() {
            return "by code";
        }
    }

    @View("/items/{number}")
    public static class ItemByNumber {
        @PathParam("number")
        long number;

        @GET
        public String show() {
            return "by number";
        }

        @HEAD
        public void head() {
        }
    }

    @Test
    void the_logged_table_is_in_matching_order_with_the_handler_serving_each_method() {
        List<String> fine = fineMessages(ItemByCode.class, ItemByNumber.class);

        String byCode = ItemByCode.class.getName();
        String byNumber = ItemByNumber.class.getName();
        int width = byNumber.length() + 2;
        assertEquals(List.of("Freshview routes (4):\n"
                + "METHOD  TEMPLATE         " + pad("VIEW", width) + "HANDLER  SCOPE\n"
                + "GET     /items/{number}  " + pad(byNumber, width) + "show()   @RequestScoped\n"
                + "HEAD    /items/{number}  " + pad(byNumber, width) + "head()   @RequestScoped\n"
                + "GET     /items/{code}    " + pad(byCode, width) + "show()   @RequestScoped\n"
                + "HEAD    /items/{code}    " + pad(byCode, width) + "show()   @RequestScoped"), fine,
                "a long variable is tried before a text one, whatever the names; HEAD is served by head() where"
                        + " the view has one, else by the GET handler");
    }

    @Test
    void start_up_logs_version_and_view_count_at_info_and_the_route_table_at_fine() {
        List<String> info;
        List<String> fine;
        try (LogRecords log = LogRecords.of(ViewExtension.class.getName(), Level.ALL);
             WeldContainer container = Boot.weld(HelloView.class, AboutView.class).initialize()) {
            assertTrue(container.isRunning());
            info = log.messages(Level.INFO);
            fine = log.messages(Level.FINE);
        }

        assertTrue(info.size() == 1 && info.get(0).matches("Freshview \\S+: 2 view\\(s\\)"), info::toString);
        String about = AboutView.class.getName();
        String hello = HelloView.class.getName();
        int width = hello.length() + 2;
        assertEquals(List.of("Freshview routes (4):\n"
                + "METHOD  TEMPLATE  " + pad("VIEW", width) + "HANDLER  SCOPE\n"
                + "GET     /about    " + pad(about, width) + "about()  @RequestScoped\n"
                + "HEAD    /about    " + pad(about, width) + "about()  @RequestScoped\n"
                + "GET     /hello    " + pad(hello, width) + "hello()  @RequestScoped\n"
                + "HEAD    /hello    " + pad(hello, width) + "hello()  @RequestScoped"), fine);
    }

    /** What the extension logs at FINE while an application of {@code views} starts. */
    static List<String> fineMessages(Class<?>... views) {
        try (LogRecords log = LogRecords.of(ViewExtension.class.getName(), Level.ALL);
             WeldContainer container = Boot.weld(views).initialize()) {
            assertTrue(container.isRunning());
            return log.messages(Level.FINE);
        }
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
