package org.entente.article.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entente.article.ArticleReader;
import org.entente.article.ReadItem;
import org.entente.article.feed.FeedItemsTest;
import org.entente.article.html.HtmlArticleTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetches from a server on the loopback interface only. */
class WebFetchTest {

    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/page", "text/html; charset=utf-8", 200, HtmlArticleTest.PAGE);
        serve("/feed", "application/rss+xml", 200, FeedItemsTest.RSS);
        serve("/xmlfeed", "text/xml", 200, FeedItemsTest.RSS);
        serve("/missing", "text/html", 404, "no");
        serve("/pdf", "application/pdf", 200, "%PDF-1.4");
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void serve(String path, String type, int status, String body) {
        server.createContext(path, ex -> {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(status, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void dispatchesByContentTypeAndReportsFailures() {
        List<ReadItem> items;
        try (var s = new ArticleReader().read(base + "/page", base + "/feed", base + "/xmlfeed", base + "/missing",
                base + "/pdf")) {
            items = s.toList();
        }
        ReadItem.ArticleRead page = assertInstanceOf(ReadItem.ArticleRead.class, items.get(0));
        assertEquals(base + "/page", page.article().url());
        assertTrue(page.article().text().contains("Baku International Sea Trade Port"));
        assertEquals(3, items.stream().filter(i -> i.origin().startsWith(base + "/feed:item")).count());
        assertEquals(3, items.stream().filter(i -> i.origin().startsWith(base + "/xmlfeed:item")).count());
        ReadItem.ReadProblem missing = assertInstanceOf(ReadItem.ReadProblem.class, items.get(7));
        assertEquals("cannot fetch: HTTP 404", missing.message());
        ReadItem.ReadProblem pdf = assertInstanceOf(ReadItem.ReadProblem.class, items.get(8));
        assertEquals("unsupported content type: application/pdf", pdf.message());
        assertEquals(9, items.size());
    }
}
