package org.entente.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The day an article gives for itself in its first lines, before its story begins: "BAKU, Azerbaijan,
 * July 26.", "25 July 2023 16:07 (UTC+04:00)", "11/15/2023 8:09:41 AM", "This Article is From Sep 03,
 * 2015", "VIETNAM, June 23 - HÀ NỘI —".
 *
 * <p>A date counts when SUTime resolved it to a full day, it sits in one of the first sentences and no
 * verb but "be" comes before it: a date after a verb is the date of something the sentence reports.
 */
public final class Dateline {
    public static final int HEAD_SENTENCES = 3;
    private static final Pattern FULL_DAY = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}).*");
    /**
     * A year in digits, alone or in a numeric date ("2023", "11/15/2023", "15.11.23"): what a date needs for
     * SUTime to resolve it to a full day with no publication day to anchor on ("July 26" stays "XXXX-07-26").
     */
    private static final Pattern YEAR_IN_DIGITS = Pattern.compile("\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2}");

    private Dateline() {
    }

    /** "LONDON — ", "State House, Nairobi, Kenya, Monday 30 May 2022 – ": a dateline ended by a dash. */
    private static final Pattern DASHED = Pattern.compile(
            "^\\s*((?:[\\p{Lu}\\d][\\p{L}\\d.'’]*[,.]?\\s*){1,14}?)(\\s[-–—]{1,2}\\s|[–—]{1,2})(?=\\S)");

    /**
     * The text with a dash-ended dateline set apart as a line of its own, so that the parser does not read
     * the place as the subject of the story's first sentence. The text keeps its length: the blank after
     * the dash, or a dash glued to the story ("ASTANA—Kazakh"), becomes the line break.
     */
    public static String setApart(String text) {
        var m = DASHED.matcher(text.length() > 400 ? text.substring(0, 400) : text);
        if (!m.find() || m.group(1).strip().isEmpty()) {
            return text;
        }
        int at = m.group(2).startsWith(" ") || Character.isWhitespace(m.group(2).charAt(0)) ? m.end(2) - 1 : m.start(2);
        char[] chars = text.toCharArray();
        chars[at] = '\n';
        return new String(chars);
    }

    /** The dateline's day in the first sentences of an article, if it has one. */
    public static Optional<LocalDate> in(List<CoreSentence> sentences) {
        for (int i = 0; i < Math.min(HEAD_SENTENCES, sentences.size()); i++) {
            Optional<LocalDate> day = leadingDay(sentences.get(i).tokens());
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the first sentences, tagged (POS and lemmas) but not yet through NER, may give {@link #in} a day when
     * read without a publication day: such a day is one SUTime resolves in full with nothing to anchor on, so its
     * year is written, in digits, before the first verb other than "be" (where {@link #in} stops reading). A
     * capitalised verb may be a misread date word ("March"), so it does not end the look. False means
     * {@link #in} finds nothing there, and NER need not run for it.
     */
    public static boolean mayGiveDay(List<CoreSentence> sentences) {
        for (int i = 0; i < Math.min(HEAD_SENTENCES, sentences.size()); i++) {
            for (CoreLabel t : sentences.get(i).tokens()) {
                if (YEAR_IN_DIGITS.matcher(t.word()).find()) {
                    return true;
                }
                if (t.tag() != null && t.tag().startsWith("VB") && !"be".equalsIgnoreCase(t.lemma())
                        && !Character.isUpperCase(t.word().charAt(0))) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * Whether a text writes a year in digits anywhere: without one, {@link #in} finds no day in it when it is read
     * without a publication day, and the text need not even be tagged for {@link #mayGiveDay}.
     */
    public static boolean mayWriteYear(String text) {
        return YEAR_IN_DIGITS.matcher(text).find();
    }

    /**
     * The dateline's day when it agrees with a known publication day: filed that day or in the week before
     * (a dateline a year off is a misread, not a correction).
     */
    public static Optional<LocalDate> in(List<CoreSentence> sentences, LocalDate published) {
        return in(sentences).filter(d -> published == null
                || !d.isAfter(published.plusDays(1)) && !d.isBefore(published.minusDays(7)));
    }

    private static Optional<LocalDate> leadingDay(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String ner = t.ner();
            if ("DATE".equals(ner) || "TIME".equals(ner)) {
                String value = t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                var m = value == null ? null : FULL_DAY.matcher(value);
                if (m != null && m.matches()) {
                    return Optional.of(LocalDate.parse(m.group(1)));
                }
                continue;
            }
            if (t.tag() != null && t.tag().startsWith("VB") && !"be".equalsIgnoreCase(t.lemma())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
