package org.entente.article.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The article inside a web page: its title, publication day and main text, without the navigation, footers,
 * scripts, forms and share buttons around it.
 *
 * <p>The main text is taken from the page's {@code <article>} (the longest one), else {@code <main>}, else the
 * body; inside it, paragraphs, headings, list items and quotes become one line each, so that sentences of
 * different blocks never run together. The title comes first, as its own line: headlines often state the event
 * ("Azerbaijan and Turkey sign MoU on ...").
 *
 * @param title     the headline ({@code og:title}, else {@code <h1>}, else {@code <title>}), may be null
 * @param published the publication day the page states, may be null
 * @param text      the title and the main text, one block a line; empty when the page has no text
 */
public record HtmlArticle(String title, LocalDate published, String text) {

    private static final String BOILERPLATE = "script, style, noscript, template, nav, footer, header, aside, form, "
            + "iframe, svg, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + ".share, .social, .related, .newsletter, .advert, .ad, .cookie, .comments";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td";

    /** Parses a page; {@code baseUri} resolves relative links (may be empty). */
    public static HtmlArticle parse(String html, String baseUri) {
        return of(Jsoup.parse(html, baseUri == null ? "" : baseUri));
    }

    /** The article of a parsed page. */
    public static HtmlArticle of(Document doc) {
        LocalDate published = PublicationDate.of(doc).orElse(null); // before the boilerplate (and its <time>) goes
        String title = title(doc);
        doc.select(BOILERPLATE).remove();
        Element root = root(doc);
        List<String> lines = new ArrayList<>();
        if (title != null) {
            lines.add(title);
        }
        Set<String> seen = new LinkedHashSet<>(lines);
        Elements blocks = root == null ? new Elements() : root.select(BLOCKS);
        for (Element b : blocks) {
            if (hasBlockAncestor(b, root)) {
                continue; // its text is in the enclosing block's line
            }
            String line = b.text().strip();
            if (!line.isEmpty() && seen.add(line)) {
                lines.add(line);
            }
        }
        if (lines.size() <= (title == null ? 0 : 1) && root != null) {
            String all = root.text().strip(); // a page of bare text, no paragraphs
            if (!all.isEmpty() && !all.equals(title)) {
                lines.add(all);
            }
        }
        return new HtmlArticle(title, published, String.join("\n", lines));
    }

    private static String title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String t = doc.title();
        return t == null || t.isBlank() ? null : t.strip();
    }

    private static Element root(Document doc) {
        Element best = null;
        for (Element a : doc.select("article")) {
            if (best == null || a.text().length() > best.text().length()) {
                best = a;
            }
        }
        if (best != null) {
            return best;
        }
        return Optional.ofNullable(doc.selectFirst("main, [role=main]")).orElse(doc.body());
    }

    private static boolean hasBlockAncestor(Element e, Element root) {
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            if (p.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }
}
