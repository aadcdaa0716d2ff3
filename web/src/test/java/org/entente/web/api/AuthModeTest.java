package org.entente.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.entente.web.testing.WebFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** {@code --auth}: every API read needs the token; the pages' shells and static files do not. */
class AuthModeTest {

    @TempDir
    static Path dir;
    static WebFixture web;

    @BeforeAll
    static void start() {
        web = WebFixture.startWithAuth(dir);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/events", "/api/events/1", "/api/actors", "/api/actors/1", "/api/network",
        "/api/stats", "/api/export.csv", "/api/export.jsonl"})
    void readsNeedTheToken(String path) {
        assertEquals(401, web.get(path).status(), path);
        assertEquals(401, web.getWithToken(path, "nope").status(), path);
        int status = web.getWithToken(path, WebFixture.TOKEN).status();
        assertEquals(200, status, path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search", "/static/js/common.js", "/openapi.json"})
    void shellsAndDocumentStayOpen(String path) {
        assertEquals(200, web.get(path).status(), path);
    }
}
