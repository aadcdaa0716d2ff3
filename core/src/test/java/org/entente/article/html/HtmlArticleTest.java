package org.entente.article.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.article.ArticleReader;
import org.entente.article.ReadItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class HtmlArticleTest {

    /** A page written for this test, with the boilerplate real news pages carry. */
    public static final String PAGE = """
            <!doctype html><html><head><title>Ports deal | Harbour Times</title>
            <meta property="og:title" content="Kenya and Azerbaijan sign ports memorandum">
            <meta property="article:published_time" content="2024-05-14T08:30:00+03:00">
            <link rel="canonical" href="https://harbour.example/2024/05/ports">
            <script>var tracking = "Kenya signed nothing";</script><style>p{color:red}</style></head>
            <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <article><h1>Kenya and Azerbaijan sign ports memorandum</h1>
            <time datetime="2020-01-01">old</time>
            <p>The Kenya Ports Authority and the Baku International Sea Trade Port signed a memorandum of
            understanding in Mombasa on Monday.</p>
            <div class="share">Share on social media</div>
            <p>The agreement covers training and the exchange of data, officials said.</p>
            </article><aside>Most read: unrelated story</aside>
            <footer>Copyright Harbour Times. All rights reserved.</footer></body></html>""";

    @Test
    void mainTextTitleAndOpenGraphDateWithoutBoilerplate() {
        HtmlArticle a = HtmlArticle.parse(PAGE, "");
        assertEquals("Kenya and Azerbaijan sign ports memorandum", a.title());
        assertEquals(LocalDate.of(2024, 5, 14), a.published());
        List<String> lines = a.text().lines().toList();
        assertEquals("Kenya and Azerbaijan sign ports memorandum", lines.get(0));
        assertTrue(lines.get(1).startsWith("The Kenya Ports Authority"), a.text());
        assertTrue(a.text().contains("exchange of data"));
        for (String junk : List.of("Home", "tracking", "Share on", "Most read", "Copyright", "color:red")) {
            assertFalse(a.text().contains(junk), junk + " in " + a.text());
        }
    }

    @Test
    void dateFromJsonLdThenTimeElement() {
        String ld = "<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\"},"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-11-02T10:00:00Z\"}]}</script></head>"
                + "<body><time datetime=\"2021-01-01\">x</time><p>Ministers met in Baku.</p></body></html>";
        assertEquals(LocalDate.of(2023, 11, 2), HtmlArticle.parse(ld, "").published());
        String time = "<html><body><p>Ministers met in Baku.</p><time datetime=\"2022-07-09T12:00\">9 July</time>"
                + "</body></html>";
        assertEquals(LocalDate.of(2022, 7, 9), HtmlArticle.parse(time, "").published());
        String broken = "<html><head><script type=\"application/ld+json\">{not json</script></head>"
                + "<body><p>Ministers met in Baku.</p></body></html>";
        assertEquals(null, HtmlArticle.parse(broken, "").published());
    }

    @Test
    void readerTakesHtmlFilesWithCanonicalUrlAndReportsEmptyPages(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("ports.html"), PAGE);
        Files.writeString(dir.resolve("empty.htm"), "<html><body><nav>Home</nav></body></html>");
        List<ReadItem> items;
        try (var s = new ArticleReader().read(dir.toString())) {
            items = s.toList();
        }
        assertEquals(2, items.size());
        ReadItem.ReadProblem p = assertInstanceOf(ReadItem.ReadProblem.class, items.get(0));
        assertEquals(dir.resolve("empty.htm").toString(), p.origin());
        assertEquals("no article text in the page", p.message());
        ReadItem.ArticleRead a = assertInstanceOf(ReadItem.ArticleRead.class, items.get(1));
        assertEquals("ports", a.article().id());
        assertEquals("https://harbour.example/2024/05/ports", a.article().url());
        assertEquals(LocalDate.of(2024, 5, 14), a.article().published());
    }
}
