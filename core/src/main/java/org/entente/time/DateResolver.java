package org.entente.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of events from SUTime's normalised values (already anchored on the publication day), turned
 * into the spec's forms: {@code 2022-11-17}, {@code 2019-07}, {@code 2022} or a range {@code a/b}.
 */
public final class DateResolver {
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("^(\\d{4})(-\\d{2})?(-\\d{2})?$");
    private static final Pattern RANGE = Pattern.compile("^\\((\\S+?),(\\S+?),.*\\)$");

    /** One date mention of a sentence: its first and last token and its value in spec form. */
    public record DateMention(int begin, int end, String value, boolean explicitYear, boolean weekday) {
    }

    /** The dates a sentence mentions that resolve to a year at least. */
    public List<DateMention> dates(CoreSentence s) {
        return s.entityMentions().stream().filter(m -> m.entityType().equals("DATE") && calendarWords(m))
                .map(m -> new DateMention(m.tokens().get(0).index() - 1,
                        m.tokens().get(m.tokens().size() - 1).index(), normalise(m),
                        m.text().matches(".*\\b\\d{4}\\b.*"),
                        m.text().matches("(?i).*\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b.*")))
                .filter(d -> d.value() != null).toList();
    }

    /** "on the second day" is no calendar date; a month, weekday, year or relative day word makes one. */
    private static boolean calendarWords(CoreEntityMention m) {
        return m.text().matches("(?is).*\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"
                + "|today|yesterday|tomorrow|week|month|year|\\d{4}|\\d{1,2}(st|nd|rd|th)?)\\w*\\b.*");
    }

    /** The date of current news with no date of its own: the publication month. */
    public Optional<String> newsMonth(LocalDate published) {
        return Optional.ofNullable(published).map(p -> p.toString().substring(0, 7));
    }

    static String normalise(CoreEntityMention m) {
        String v = m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        return normalise(v);
    }

    /** SUTime's value to the spec's: "2019-06-19", "2019-07", "2021", "(2020-11-18,2020-11-21,P4D)". */
    public static String normalise(String v) {
        if (v == null) {
            return null;
        }
        v = v.strip();
        Matcher r = RANGE.matcher(v);
        if (r.matches()) {
            String a = normalise(r.group(1));
            String b = normalise(r.group(2));
            return a != null && b != null ? (a.equals(b) ? a : a + "/" + b) : null;
        }
        if (v.contains("/")) {
            String[] parts = v.split("/", 2);
            String a = normalise(parts[0]);
            String b = normalise(parts[1]);
            return a != null && b != null ? a + "/" + b : null;
        }
        Matcher m = DAY_MONTH_YEAR.matcher(v.length() > 10 ? v.substring(0, 10) : v);
        if (m.matches()) {
            return m.group(0);
        }
        return null;
    }
}
