package org.freshview.audit;

import org.freshview.internal.audit.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * The audit's findings as SARIF 2.1.0, for code-scanning tools (GitHub, GitLab, IDEs). Each result
 * names the source file by package path relative to the source root ({@code %SRCROOT%}), the line
 * of the write when the class file has line numbers, and the field as a logical location.
 */
final class SarifReport {

    private static final String DOCS = "https://github.com/freshview/freshview/blob/main/docs/messages.md";

    /** The FV-4xx rules, in the order of their index in the SARIF run. */
    private static final List<String[]> RULES = List.of(
            new String[] {"FV-401", "SharedFieldWritten",
                    "A request writes a field of a class that one instance serves for all requests."},
            new String[] {"FV-402", "RequestParameterInSharedResource",
                    "A field of a shared Jakarta REST resource is filled from the request."},
            new String[] {"FV-403", "SharedObjectChanged",
                    "A request changes a non-thread-safe object held by a shared class."},
            new String[] {"FV-404", "SharedArrayElementWritten",
                    "A request writes an element of an array held by a shared class."});

    private SarifReport() {
    }

    static String render(AuditReport report) {
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n")
                .append("  \"version\": \"2.1.0\",\n  \"runs\": [{\n")
                .append("    \"tool\": {\"driver\": {\"name\": \"freshview-audit\",")
                .append(" \"informationUri\": \"https://github.com/freshview/freshview\", \"rules\": [");
        List<String> rules = new ArrayList<>();
        for (String[] rule : RULES) {
            rules.add("\n      {\"id\": " + Json.string(rule[0]) + ", \"name\": " + Json.string(rule[1])
                    + ", \"shortDescription\": {\"text\": " + Json.string(rule[2]) + "}"
                    + ", \"helpUri\": " + Json.string(DOCS) + ", \"defaultConfiguration\": {\"level\": \"warning\"}}");
        }
        out.append(String.join(",", rules)).append("]}},\n");
        out.append("    \"originalUriBaseIds\": {\"%SRCROOT%\": {\"description\": {\"text\":")
                .append(" \"The source root of the audited application (src/main/java in a Maven project)\"}}},\n");
        out.append("    \"results\": [");
        List<String> results = new ArrayList<>();
        for (ClassFindings shared : report.classes()) {
            for (Finding finding : shared.findings()) {
                results.add(result(finding));
            }
        }
        out.append(String.join(",", results)).append(results.isEmpty() ? "]\n" : "\n    ]\n");
        return out.append("  }]\n}\n").toString();
    }

    private static String result(Finding finding) {
        String id = finding.diagnostic().id();
        int index = 0;
        while (index < RULES.size() && !RULES.get(index)[0].equals(id)) {
            index++;
        }
        StringBuilder location = new StringBuilder("{");
        if (finding.source() != null) {
            location.append("\"physicalLocation\": {\"artifactLocation\": {\"uri\": ").append(Json.string(finding.source()))
                    .append(", \"uriBaseId\": \"%SRCROOT%\"}");
            if (finding.line() > 0) {
                location.append(", \"region\": {\"startLine\": ").append(finding.line()).append('}');
            }
            location.append("}, ");
        }
        location.append("\"logicalLocations\": [{\"fullyQualifiedName\": ").append(Json.string(finding.diagnostic().where()))
                .append(", \"kind\": \"member\"}]}");
        return "\n      {\"ruleId\": " + Json.string(id) + (index < RULES.size() ? ", \"ruleIndex\": " + index : "")
                + ", \"level\": \"warning\""
                + ", \"message\": {\"text\": " + Json.string(finding.diagnostic().problem() + " " + finding.diagnostic().fix()) + "}"
                + ", \"locations\": [" + location + "]"
                + ", \"partialFingerprints\": {\"freshviewField/v1\": " + Json.string(finding.diagnostic().where()) + "}}";
    }
}
