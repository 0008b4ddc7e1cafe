package org.freshview.demo.forms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;

import java.util.LinkedHashMap;
import java.util.Map;

/** Page 3, the membership: a plan, and optional comments. */
public class PlanForm implements PageForm {

    @FormParam("plan")
    @NotBlank(message = "{demo.plan}")
    @KnownPlan
    String plan;

    @FormParam("comments")
    @Size(max = 1000, message = "{demo.size}")
    String comments;

    @Override
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("plan", PageForm.stored(plan));
        answers.put("comments", PageForm.stored(comments));
        return answers;
    }
}
