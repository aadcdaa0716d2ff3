package org.entente.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.event.ArticleEvents;

/**
 * Checks output lines against {@code entente/schema/article-events.schema.json} (JSON Schema 2020-12).
 * For any test that produces output: {@code ArticleEventsSchema.assertValid(line)} for a serialised
 * line, {@code assertValid(articleEvents)} for a result object (serialised as the command line does),
 * {@code assertValidFile(path)} for a whole JSON lines file.
 */
public final class ArticleEventsSchema {

    /** Where the schema is on the class path. */
    public static final String RESOURCE = "entente/schema/article-events.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("classpath:" + RESOURCE));

    private ArticleEventsSchema() {
    }

    /** The schema, loaded. */
    public static JsonSchema schema() {
        return SCHEMA;
    }

    /** What is wrong with a JSON text, one message per violation ("$.events[0].date: does not match..."). */
    public static List<String> errors(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        return errors(node);
    }

    /** What is wrong with a parsed output line. */
    public static List<String> errors(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (ValidationMessage m : SCHEMA.validate(node)) {
            out.add(m.getMessage());
        }
        return out;
    }

    /** What is wrong with a result once serialised. */
    public static List<String> errors(ArticleEvents events) {
        return errors(JSON.valueToTree(events));
    }

    /** Fails with every violation when the line does not conform. */
    public static void assertValid(String json) {
        fail(errors(json), json);
    }

    /** Fails with every violation when the serialised result does not conform. */
    public static void assertValid(ArticleEvents events) {
        JsonNode node = JSON.valueToTree(events);
        fail(errors(node), node.toString());
    }

    /** Fails when any line of a JSON lines file does not conform; returns the number of lines checked. */
    public static int assertValidFile(Path jsonl) {
        List<String> lines;
        try {
            lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> errs = errors(lines.get(i));
            if (!errs.isEmpty()) {
                throw new AssertionError(jsonl + ":" + (i + 1) + " does not conform to the schema:\n  "
                        + String.join("\n  ", errs));
            }
            n++;
        }
        return n;
    }

    private static void fail(List<String> errors, String json) {
        if (!errors.isEmpty()) {
            String shown = json.length() > 2000 ? json.substring(0, 2000) + "..." : json;
            throw new AssertionError("does not conform to the schema:\n  " + String.join("\n  ", errors)
                    + "\nin " + shown);
        }
    }
}
