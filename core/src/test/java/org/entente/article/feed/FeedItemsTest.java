package org.entente.article.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

public class FeedItemsTest {

    public static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Harbour Times</title><link>https://harbour.example/</link>
            <description>News</description>
            <item><title>Georgia and Turkey agree on rail link</title>
              <link>https://harbour.example/rail</link>
              <description>&lt;p&gt;Georgia and Turkey &lt;b&gt;signed&lt;/b&gt; an agreement on a rail link in Tbilisi.&lt;/p&gt;</description>
              <pubDate>Tue, 12 Mar 2024 09:00:00 GMT</pubDate></item>
            <item><title></title><link>https://harbour.example/empty</link></item>
            <item><title>Ministers to meet in May</title><link>https://harbour.example/may</link>
              <description>The foreign ministers of Kenya and Uganda will meet in Kampala in May.</description></item>
            </channel></rss>""";

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Port news</title><id>urn:port</id>
            <updated>2024-06-02T10:00:00Z</updated>
            <entry><title>Azerbaijan joins port forum</title><id>urn:port:1</id>
              <link href="https://port.example/forum"/>
              <published>2024-06-01T10:00:00Z</published><updated>2024-06-02T10:00:00Z</updated>
              <content type="html">&lt;p&gt;A delegation of Azerbaijan attended the port forum in Rotterdam.&lt;/p&gt;</content>
            </entry></feed>""";

    private static List<ReadItem> read(Path... paths) {
        try (var s = new ArticleReader().read(java.util.Arrays.stream(paths).map(Path::toString).toList())) {
            return s.toList();
        }
    }

    @Test
    void rssItemsAreArticlesAndAnEmptyItemIsAProblem(@TempDir Path dir) throws Exception {
        Path rss = Files.writeString(dir.resolve("news.rss"), RSS);
        List<ReadItem> items = read(rss);
        assertEquals(3, items.size());
        ReadItem.ArticleRead first = assertInstanceOf(ReadItem.ArticleRead.class, items.get(0));
        assertEquals(rss + ":item 1", first.origin());
        assertEquals("https://harbour.example/rail", first.article().url());
        assertEquals("https://harbour.example/rail", first.article().id());
        assertEquals(LocalDate.of(2024, 3, 12), first.article().published());
        assertEquals("Georgia and Turkey agree on rail link\nGeorgia and Turkey signed an agreement on a rail link "
                + "in Tbilisi.", first.article().text());
        ReadItem.ReadProblem empty = assertInstanceOf(ReadItem.ReadProblem.class, items.get(1));
        assertEquals(rss + ":item 2", empty.origin());
        ReadItem.ArticleRead third = assertInstanceOf(ReadItem.ArticleRead.class, items.get(2));
        assertEquals(null, third.article().published());
    }

    @Test
    void atomEntryUsesContentAndPublishedDate(@TempDir Path dir) throws Exception {
        Path atom = Files.writeString(dir.resolve("port.atom"), ATOM);
        List<ReadItem> items = read(atom);
        ReadItem.ArticleRead a = assertInstanceOf(ReadItem.ArticleRead.class, items.get(0));
        assertEquals(1, items.size());
        assertEquals("https://port.example/forum", a.article().url());
        assertEquals(LocalDate.of(2024, 6, 1), a.article().published());
        assertTrue(a.article().text().endsWith("attended the port forum in Rotterdam."), a.article().text());
    }

    @Test
    void truncatedFeedIsOneProblemAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Path cut = Files.writeString(dir.resolve("cut.rss"), RSS.substring(0, RSS.indexOf("<item><title>Ministers")));
        Path atom = Files.writeString(dir.resolve("port.atom"), ATOM);
        List<ReadItem> items = read(cut, atom);
        assertEquals(2, items.size());
        ReadItem.ReadProblem p = assertInstanceOf(ReadItem.ReadProblem.class, items.get(0));
        assertEquals(cut.toString(), p.origin());
        assertTrue(p.message().startsWith("not a readable RSS/Atom feed"), p.message());
        assertInstanceOf(ReadItem.ArticleRead.class, items.get(1));
    }
}
