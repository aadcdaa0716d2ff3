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
    private static final Pattern SAME_DAY = Pattern.compile("(?i)(on )?(the same|that) (day|date)");
    private static final Pattern RANGE = Pattern.compile("^\\((\\S+?),(\\S+?),.*\\)$");

    /** One date mention of a sentence: its first and last token and its value in spec form. */
    public record DateMention(int begin, int end, String value, boolean explicitYear, boolean weekday) {
    }

    /** The dates a sentence mentions that resolve to a year at least. */
    public List<DateMention> dates(CoreSentence s) {
        return dates(s, null);
    }

    /**
     * The dates a sentence mentions; values SUTime left without year or month ("the 17th" gives
     * XXXX-XX-17) take them from the publication day.
     */
    public List<DateMention> dates(CoreSentence s, LocalDate published) {
        return dates(s, published, null);
    }

    /**
     * As {@link #dates(CoreSentence, LocalDate)}; "on the same day" and "that day" are {@code previousDay}, the
     * last day the article named, when it named one (SUTime reads them as the publication day).
     */
    public List<DateMention> dates(CoreSentence s, LocalDate published, String previousDay) {
        List<DateMention> days = new java.util.ArrayList<>();
        for (CoreEntityMention m : s.entityMentions()) {
            if (previousDay != null && m.entityType().equals("DATE") && SAME_DAY.matcher(m.text()).matches()) {
                days.add(new DateMention(m.tokens().get(0).index() - 1, m.tokens().get(m.tokens().size() - 1).index(),
                        previousDay, true, false));
            }
        }
        for (CoreEntityMention m : s.entityMentions()) {
            // "on the 17th": NER reads an ordinal, the news means a day of the current month
            int first = m.tokens().get(0).index() - 1;
            if (m.entityType().equals("ORDINAL") && published != null && first >= 2
                    && s.tokens().get(first - 1).word().equalsIgnoreCase("the")
                    && s.tokens().get(first - 2).word().equalsIgnoreCase("on") && m.text().matches("\\d{1,2}(st|nd|rd|th)")) {
                int day = Integer.parseInt(m.text().replaceAll("\\D", ""));
                if (day >= 1 && day <= 31) {
                    days.add(new DateMention(first, first + 1, anchor(String.format("XXXX-XX-%02d", day), published),
                            false, false));
                }
            }
        }
        return java.util.stream.Stream.concat(days.stream(), calendarDates(s)
                .map(m -> new DateMention(first(m), last(m), anchor(value(m), published),
                        m.text().matches(".*\\b\\d{4}\\b.*"),
                        m.text().matches("(?i).*\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b.*")))
                .filter(d -> d.value() != null)).filter(d -> d.value() != null).toList();
    }

    /** The sentence's DATE mentions that name a calendar date, not a year inside a name. */
    private static java.util.stream.Stream<CoreEntityMention> calendarDates(CoreSentence s) {
        return s.entityMentions().stream()
                .filter(m -> m.entityType().equals("DATE") && calendarWords(m) && !yearInName(s, m));
    }

    private static int first(CoreEntityMention m) {
        return m.tokens().get(0).index() - 1;
    }

    private static int last(CoreEntityMention m) {
        return m.tokens().get(m.tokens().size() - 1).index();
    }

    private static String value(CoreEntityMention m) {
        return m.coreMap().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    }

    /**
     * The dates a sentence names with a month but no year ("on November 18-21" in an undated article, which
     * SUTime leaves as {@code XXXX-11-18}), in the given year: the year of the edition of a gathering they
     * describe ("MUSIAD Expo 2020").
     */
    public List<DateMention> datesInYear(CoreSentence s, int year) {
        return calendarDates(s).map(m -> new DateMention(first(m), last(m), inYear(value(m), year), false, false))
                .filter(d -> d.value() != null).toList();
    }

    /** The year a gathering's name gives its edition: "MUSIAD Expo 2020", "Paris Air Show-2019". */
    public static java.util.OptionalInt yearOfName(String name) {
        Matcher m = NAMED_YEAR.matcher(name == null ? "" : name);
        return m.find() ? java.util.OptionalInt.of(Integer.parseInt(m.group(1))) : java.util.OptionalInt.empty();
    }

    private static final Pattern NAMED_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)$");
    private static final Pattern YEARLESS_MONTH = Pattern.compile("XXXX(?=-\\d{2})");

    /** "XXXX-11-18" or "(XXXX-11-18,XXXX-11-21,P4D)" in 2020; null when the value lacks a month or has a year. */
    static String inYear(String value, int year) {
        if (value == null || !YEARLESS_MONTH.matcher(value).find()) {
            return null;
        }
        return normalise(YEARLESS_MONTH.matcher(value).replaceAll(String.valueOf(year)));
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

    /** "MUSIAD Expo 2020", "IDEF-2023": a year that is part of a name is not the event's date. */
    private static boolean yearInName(CoreSentence s, CoreEntityMention m) {
        int first = m.tokens().get(0).index() - 1;
        if (m.tokens().size() != 1 || !m.text().matches("\\d{4}") || first == 0) {
            return false;
        }
        var before = s.tokens().get(first - 1);
        // "a Joint Trade Commission 2030": a capitalised noun the tagger took for a common one names too
        boolean capitalisedNoun = before.tag().startsWith("NN") && first >= 2 && Character.isUpperCase(before.word().charAt(0));
        return before.tag().startsWith("NNP") || capitalisedNoun || before.word().equals("-") || before.word().equals("–");
    }

    /** "XXXX-XX-17" read on 2022-10-20 is 2022-10-17; "XXXX-07" is July of the publication year. */
    static String anchor(String value, LocalDate published) {
        String v = normalise(value);
        if (v != null || value == null || published == null) {
            return v;
        }
        java.util.regex.Matcher day = Pattern.compile("^XXXX-XX-(\\d{2})$").matcher(value.strip());
        if (day.matches()) {
            LocalDate d = published.withDayOfMonth(Math.min(Integer.parseInt(day.group(1)), published.lengthOfMonth()));
            return (d.isAfter(published) ? d.minusMonths(1) : d).toString();
        }
        java.util.regex.Matcher month = Pattern.compile("^XXXX-(\\d{2})(-\\d{2})?$").matcher(value.strip());
        if (month.matches()) {
            return published.getYear() + "-" + month.group(1) + (month.group(2) == null ? "" : month.group(2));
        }
        return null;
    }

    static String normalise(CoreEntityMention m) {
        return normalise(value(m));
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
