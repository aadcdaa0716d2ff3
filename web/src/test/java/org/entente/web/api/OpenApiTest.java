package org.entente.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.store.testing.TestDatabase;
import org.entente.web.http.RouteTable;
import org.entente.web.testing.WebFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document and the routes agree: every route is documented, every documented path answers. */
class OpenApiTest {

    @TempDir
    static Path dir;
    static WebFixture web;
    static JsonNode doc;

    @BeforeAll
    static void start() {
        web = WebFixture.start(TestDatabase.Backend.H2, dir);
        WebFixture.Response r = web.get("/openapi.json");
        assertEquals(200, r.status());
        doc = r.json();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static Set<String> documented() {
        Set<String> out = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = doc.get("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            path.getValue().fieldNames().forEachRemaining(m -> out.add(m + " " + path.getKey()));
        }
        return out;
    }

    @Test
    void isOpenApi3() {
        assertTrue(doc.get("openapi").asText().startsWith("3."));
    }

    @Test
    void everyRouteIsDocumentedAndNothingElse() {
        Set<String> routes = new TreeSet<>();
        for (RouteTable.Route r : web.server().apiRoutes()) {
            routes.add(r.method() + " " + r.path());
        }
        assertEquals(routes, documented());
    }

    @Test
    void everyDocumentedPathAnswers() {
        for (String route : documented()) {
            String[] mp = route.split(" ");
            String path = mp[1].startsWith("/api/jobs/") ? mp[1].replace("{id}", web.post("/api/articles",
                    "{\"text\": \"Nothing at all.\"}", WebFixture.TOKEN).json().get("id").asText())
                    : mp[1].replace("{id}", "1");
            int status = mp[0].equals("get") ? web.get(path).status()
                    : web.post(path, "{\"text\": \"Nothing happened.\"}", WebFixture.TOKEN).status();
            assertNotEquals(404, status, route);
            assertTrue(status < 500, route + ": " + status);
            JsonNode documentedStatuses = doc.get("paths").get(mp[1]).get(mp[0]).get("responses");
            assertTrue(documentedStatuses.has(String.valueOf(status)), route + " answered undocumented " + status);
        }
    }

    @Test
    void documentedParametersAreAccepted() {
        for (Iterator<Map.Entry<String, JsonNode>> p = doc.get("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            JsonNode get = path.getValue().get("get");
            if (get == null || get.get("parameters") == null || path.getKey().contains("{")) {
                continue;
            }
            for (JsonNode param : get.get("parameters")) {
                JsonNode schema = param.get("schema");
                String value = schema.has("enum") ? schema.get("enum").get(0).asText()
                        : schema.has("default") ? schema.get("default").asText()
                        : schema.get("type").asText().equals("integer") ? "1"
                        : param.get("name").asText().equals("pair") ? "AZE,TUR"
                        : param.get("name").asText().matches("from|to") ? "2023"
                        : param.get("name").asText().equals("country") ? "AZE" : "bank";
                String url = path.getKey() + "?" + param.get("name").asText() + "=" + value;
                assertEquals(200, web.get(url).status(), url);
            }
        }
    }
}
