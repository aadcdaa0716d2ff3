package org.entente.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date news sites write into their addresses: {@code /2024/06/slug},
 * {@code /2015/sep/03/slug}, {@code /2019/12/08/slug}, {@code /stories/202404040068.html},
 * {@code /2023/12/22/}. An article without a {@code published} field is dated from it; the day or only
 * the month, as the address gives.
 */
public final class UrlDate {
    /** A date the address gives: the day when it has one, else the month. */
    public record Found(YearMonth month, Integer day) {
        /** The day, or the month's last day, which keeps "on June 26" in the past when read in June. */
        public LocalDate anchor() {
            return day != null ? month.atDay(day) : month.atEndOfMonth();
        }

        /** As the spec writes dates: {@code 2024-06-26} or {@code 2024-06}. */
        public String value() {
            return day != null ? month.atDay(day).toString() : month.toString();
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    // path segments: /2024/06/26/, /2024/06/, /2015/sep/03/, /2018-12/
    private static final Pattern SEGMENTS = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0[1-9]|1[0-2]|[a-z]{3})(?:[/-](0[1-9]|[12]\\d|3[01]))?(?=[/-]|$)");
    // a compact stamp opening a path segment's digits: /stories/202404040068.html, -20100111-
    private static final Pattern STAMP = Pattern.compile("[/-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:\\d{0,6})(?=[./-]|$)");

    private UrlDate() {
    }

    public static Optional<Found> in(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String path = url.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://[^/]+", "").replaceFirst("[?#].*$", "");
        Matcher m = SEGMENTS.matcher(path);
        if (m.find()) {
            Integer month = m.group(2).matches("\\d+") ? Integer.valueOf(m.group(2)) : MONTHS.get(m.group(2));
            if (month != null) {
                return found(Integer.parseInt(m.group(1)), month, m.group(3) == null ? null : Integer.valueOf(m.group(3)));
            }
        }
        m = STAMP.matcher(path);
        if (m.find()) {
            return found(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.valueOf(m.group(3)));
        }
        return Optional.empty();
    }

    private static Optional<Found> found(int year, int month, Integer day) {
        try {
            YearMonth ym = YearMonth.of(year, month);
            if (day != null) {
                ym.atDay(day);
            }
            return Optional.of(new Found(ym, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
