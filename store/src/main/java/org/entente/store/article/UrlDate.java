package org.entente.store.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication day many news sites write into their addresses ({@code /2015/sep/03/},
 * {@code /2020/05/18/}, {@code /2020-05-18/}), for articles whose input gave no date: merging needs some day to
 * compare an undated report with, and the address is the publisher's own statement of it.
 */
public final class UrlDate {

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final Pattern PATH = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2}|[a-z]{3})[/-](\\d{1,2})(?:[/-]|$)", Pattern.CASE_INSENSITIVE);

    private UrlDate() {
    }

    /** The day in the address, if it has one that exists. */
    public static Optional<LocalDate> of(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = PATH.matcher(url);
        while (m.find()) {
            String month = m.group(2).toLowerCase(Locale.ROOT);
            int mm = Character.isDigit(month.charAt(0)) ? Integer.parseInt(month) : MONTHS.indexOf(month) + 1;
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), mm, Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                // not a day: look further along
            }
        }
        return Optional.empty();
    }
}
