package org.entente.article.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The day a web page says it was published, from the places news sites put it, most explicit first:
 * {@code <meta property="article:published_time">} (Open Graph), JSON-LD {@code datePublished}, other common
 * meta tags ({@code pubdate}, {@code date}, {@code dc.date}), then the first {@code <time datetime>}.
 *
 * <p>Extraction anchors relative dates ("on Friday") on this day, so a wrong one is worse than none: values
 * that are not an ISO date (or an RFC 1123 date) are ignored rather than guessed at.
 */
public final class PublicationDate {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DAY = Pattern.compile("\\s*(\\d{4}-\\d{2}-\\d{2}).*", Pattern.DOTALL);
    private static final String[] META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]",
        "meta[name=dc.date]", "meta[name=DC.date.issued]"};

    private PublicationDate() {
    }

    /** The publication day of a parsed page, if it states one. */
    public static Optional<LocalDate> of(Document doc) {
        Optional<LocalDate> og = meta(doc, META[0]).or(() -> meta(doc, META[1]));
        if (og.isPresent()) {
            return og;
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Optional<LocalDate> d = jsonLd(script.data());
            if (d.isPresent()) {
                return d;
            }
        }
        for (int i = 2; i < META.length; i++) {
            Optional<LocalDate> d = meta(doc, META[i]);
            if (d.isPresent()) {
                return d;
            }
        }
        for (Element time : doc.select("time[datetime]")) {
            Optional<LocalDate> d = parse(time.attr("datetime"));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** An ISO date or date-time (its day as written), or an RFC 1123 date as feeds and HTTP use. */
    public static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Matcher m = ISO_DAY.matcher(value);
        try {
            if (m.matches()) {
                return Optional.of(LocalDate.parse(m.group(1)));
            }
            return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> meta(Document doc, String selector) {
        Element e = doc.selectFirst(selector);
        return e == null ? Optional.empty() : parse(e.attr("content"));
    }

    /** {@code datePublished} anywhere in a JSON-LD block (top level, {@code @graph} or nested). */
    static Optional<LocalDate> jsonLd(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (Exception e) {
            return Optional.empty(); // broken JSON-LD is common; the other sources still count
        }
        return find(root);
    }

    private static Optional<LocalDate> find(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isObject()) {
            JsonNode d = node.get("datePublished");
            if (d != null && d.isTextual()) {
                Optional<LocalDate> day = parse(d.asText());
                if (day.isPresent()) {
                    return day;
                }
            }
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                Optional<LocalDate> day = find(child);
                if (day.isPresent()) {
                    return day;
                }
            }
        }
        return Optional.empty();
    }
}
