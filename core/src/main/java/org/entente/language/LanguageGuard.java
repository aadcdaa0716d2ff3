package org.entente.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObject;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.lexicon.WordList;

/**
 * Tells English articles from the rest, so that a non-English article is refused instead of yielding
 * nonsense events.
 *
 * <p>Backed by the Optimaize language detector (a Java port of Cybozu's n-gram langdetect with 71
 * built-in profiles, from Maven Central). It is no longer maintained, but it is small (a few MB, no
 * native code), needs no model download and is accurate on news paragraphs of a couple of hundred
 * characters; Lingua is more accurate on single sentences but needs hundreds of MB of heap, which the
 * CoreNLP pipeline already claims. The profiles are loaded once per JVM ({@link #shared()}, about
 * half a second); a detection then costs well under a millisecond for a typical article. A text with many
 * English function words ("the", "of", "which") is English without asking it, which spares that millisecond
 * on nearly every article of an English news stream.
 *
 * <p>The guard is deliberately lenient: wrongly refusing an English article loses its events, while
 * wrongly accepting a foreign one costs only some wasted analysis (and rarely yields anything). So a
 * text is declared not English only when the detector is confident about another language, or when
 * most of its letters are not Latin script at all. Texts too short to judge pass as English.
 */
public final class LanguageGuard {

    /** Below this many letters the detector's guess is noise: such texts pass. */
    static final int MIN_LETTERS = 40;
    /** A text with this many letters, most of them not Latin script, is not English whatever else. */
    static final int MIN_SCRIPT_LETTERS = 10;
    /** Probability another language must reach for the text to be refused. */
    static final double REFUSE_AT = 0.80;
    /** Words a text must have to be judged English by its function words alone. */
    static final int MIN_WORDS = 30;
    /** Share of a text's words that are English function words above which it is English without the detector. */
    static final double FUNCTION_WORD_SHARE = 0.10;
    private static final Set<String> FUNCTION_WORDS = WordList.load("english-function-words.tsv").firstColumn();
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Only this many leading characters are examined; a news article shows its language early. */
    static final int SAMPLE_CHARS = 5_000;

    private static volatile LanguageGuard shared;

    private final LanguageDetector detector;
    private final TextObjectFactory texts;

    private LanguageGuard() {
        List<LanguageProfile> profiles;
        try {
            profiles = new LanguageProfileReader().readAllBuiltIn();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language profiles", e);
        }
        this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(profiles)
                .build();
        // strips URLs and e-mail addresses, which are not evidence of any language
        this.texts = CommonTextObjectFactories.forDetectingOnLargeText();
    }

    /** The guard of this JVM, its profiles loaded on first use. Thread-safe. */
    public static LanguageGuard shared() {
        LanguageGuard g = shared;
        if (g == null) {
            synchronized (LanguageGuard.class) {
                g = shared;
                if (g == null) {
                    shared = g = new LanguageGuard();
                }
            }
        }
        return g;
    }

    /** Whether {@code text} should be analysed as English (see the class comment for the policy). */
    public static boolean isEnglish(String text) {
        return shared().detect(text).english();
    }

    /**
     * The language of a text.
     *
     * @return the verdict: the language code the detector settled on ("en", "fr", "zh-CN"...,
     *     or "und" when it could not tell), its probability, and whether the text counts as English
     */
    public Detection detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        boolean foreignScript = letters >= MIN_SCRIPT_LETTERS && latin * 2 < letters;
        if (letters < MIN_LETTERS && !foreignScript) {
            return new Detection("und", 0, true);
        }
        if (!foreignScript && writesEnglishFunctionWords(sample)) {
            return new Detection("en", 0, true);
        }
        TextObject object = texts.forText(sample);
        List<DetectedLanguage> guesses;
        synchronized (detector) { // the detector keeps no state, but it is not documented as thread-safe
            guesses = detector.getProbabilities(object);
        }
        DetectedLanguage best = guesses.isEmpty() ? null : guesses.get(0);
        String code = best == null ? "und" : best.getLocale().toString();
        double p = best == null ? 0 : best.getProbability();
        if (foreignScript) {
            // mostly Cyrillic, Arabic, Han...: not English whatever the n-grams say
            return new Detection(code.equals("en") || best == null ? "und" : code, p, false);
        }
        boolean english = best == null || code.equals("en") || p < REFUSE_AT;
        return new Detection(code, p, english);
    }

    /**
     * Whether one word in ten or more is an English function word ("the", "of", "which"): so much of English
     * news is, and so little of any other language, that the n-gram detector, which costs about as much as
     * tokenising the article, need not be asked.
     */
    static boolean writesEnglishFunctionWords(String sample) {
        int words = 0;
        int function = 0;
        Matcher m = WORD.matcher(sample);
        while (m.find()) {
            words++;
            if (FUNCTION_WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
                function++;
            }
        }
        return words >= MIN_WORDS && function >= FUNCTION_WORD_SHARE * words;
    }

    /**
     * A language verdict.
     *
     * @param language    the most probable language, as a BCP-47-like code ("en", "de", "zh-CN", "und")
     * @param probability the detector's probability for it, 0..1 (0 when it did not run: a text too short to
     *     tell, or English by its function words)
     * @param english     whether the text counts as English
     */
    public record Detection(String language, double probability, boolean english) {
    }
}
