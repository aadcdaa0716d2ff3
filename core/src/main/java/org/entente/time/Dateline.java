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

    private Dateline() {
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
