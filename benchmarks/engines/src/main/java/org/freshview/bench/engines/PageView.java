package org.freshview.bench.engines;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import org.freshview.Result;
import org.freshview.View;

import java.util.ArrayList;
import java.util.List;

/** The measured page: a form of 20 fields and a table of 100 rows, by the engine the path names. */
@View("/page/{engine}")
public class PageView {

    private static final List<Input> FIELDS = new ArrayList<>();
    private static final List<Row> ROWS = new ArrayList<>();

    static {
        for (int i = 1; i <= 20; i++) {
            FIELDS.add(new Input("field" + i, "Field " + i + " <required>", "value " + i + " & more"));
        }
        for (int i = 1; i <= 100; i++) {
            ROWS.add(new Row(i, "Member " + i, "member" + i + "@example.org", "Plan <" + (i % 3) + ">"));
        }
    }

    @PathParam("engine")
    String engine;

    @GET
    public Result show() {
        return switch (engine) {
            case "jsp" -> Result.render("/WEB-INF/page.jsp");
            case "thymeleaf" -> Result.render("page.html");
            case "jte" -> Result.render("page.jte");
            default -> Result.notFound();
        };
    }

    public String getTitle() {
        return "Members & plans";
    }

    public List<Input> getFields() {
        return FIELDS;
    }

    public List<Row> getRows() {
        return ROWS;
    }
}
