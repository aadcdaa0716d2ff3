package org.entente.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.web.testing.SharedSamples;
import org.entente.web.testing.WebFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Security headers everywhere, JSON errors for unknown routes and failures, never a stack trace. */
class HttpRulesTest {

    static final WebFixture web = SharedSamples.web();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search", "/events/1", "/api/events", "/api/events/999999", "/static/app.css",
        "/nowhere", "/webjars/echarts/5.3.1/dist/echarts.min.js"})
    void securityHeadersOnEveryResponse(String path) {
        WebFixture.Response r = web.get(path);
        String csp = r.header("Content-Security-Policy");
        assertTrue(csp != null && csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), path);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
        assertEquals("DENY", r.header("X-Frame-Options"), path);
        assertEquals("no-referrer", r.header("Referrer-Policy"), path);
    }

    @Test
    void unknownRoutesAndMethodsAreJsonErrors() {
        WebFixture.Response r = web.get("/api/nothing-here");
        assertEquals(404, r.status());
        assertEquals(404, r.json().get("status").asInt());
        var put = java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base() + "/api/events"))
                .header("Authorization", "Bearer " + WebFixture.TOKEN)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build();
        WebFixture.Response p = web.send(put);
        assertTrue(p.status() == 404 || p.status() == 405, p.status() + " " + p.body());
        assertFalse(p.body().contains("Exception"));
    }

    @Test
    void databaseFailureIs503WithoutStackTrace() {
        try (var c = web.db().connect(); var s = c.createStatement()) {
            s.execute("ALTER TABLE event_spheres RENAME TO event_spheres_gone");
            WebFixture.Response r = web.get("/api/events");
            assertEquals(503, r.status(), r.body());
            assertFalse(r.body().contains("SQL") || r.body().contains("Exception") || r.body().contains("\tat "),
                    r.body());
            s.execute("ALTER TABLE event_spheres_gone RENAME TO event_spheres");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        assertEquals(200, web.get("/api/events").status());
    }

    @Test
    void pagesAreHtml() {
        for (String path : new String[] {"/", "/search?type=AGREE", "/events/1", "/actors/1", "/network?level=actor",
            "/pair/AZE/TUR"}) {
            WebFixture.Response r = web.get(path);
            assertEquals(200, r.status(), path);
            assertTrue(r.header("Content-Type").startsWith("text/html"), path);
            assertTrue(r.body().contains("/static/js/common.js"), path);
        }
    }
}
