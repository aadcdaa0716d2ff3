package org.entente.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads gold and prediction files as score.py's {@code load} does: one JSON object
 * {@code {"id", "events"}} per line, blank lines skipped, the id taken as {@code str(id)}; a later line
 * with the same id replaces the events of the earlier one but keeps its place.
 */
public final class EventFiles {

    /** A line of an events file that is not a JSON object; the message is {@code FILE:LINE: ...}. */
    public static final class BadLineException extends IOException {
        BadLineException(String message) {
            super(message);
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private EventFiles() {
    }

    /** The events of each article of a UTF-8 JSON lines file, by id, in file order. */
    public static Map<String, List<JsonNode>> load(Path path) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(in, path.toString());
        }
    }

    /** The events of each article of JSON lines read from {@code in}; {@code name} is used in messages. */
    public static Map<String, List<JsonNode>> read(Reader in, String name) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        Map<String, List<JsonNode>> out = new LinkedHashMap<>();
        String line;
        int n = 0;
        while ((line = lines.readLine()) != null) {
            n++;
            line = stripSpace(line);
            if (line.isEmpty()) {
                continue;
            }
            JsonNode rec;
            try {
                rec = JSON.readTree(line);
            } catch (JacksonException e) {
                throw new BadLineException(name + ":" + n + ": not JSON: " + e.getOriginalMessage());
            }
            if (rec == null || !rec.isObject()) {
                throw new BadLineException(name + ":" + n + ": not a JSON object");
            }
            out.put(Py.str(Py.get(rec, "id")), Py.items(Py.get(rec, "events")));
        }
        return out;
    }

    /** Python's {@code str.strip()}: Unicode white space at both ends. */
    private static String stripSpace(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
