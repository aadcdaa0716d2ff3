package org.entente.instrument;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.event.InstrumentKind;
import org.entente.lexicon.WordList;

/**
 * The kind of a cooperation document (spec: field {@code instrument}) from the name the text gives
 * it, and the nouns that name documents at all; data in {@code instruments.tsv}.
 *
 * <p>The first document word of a name decides, longest phrase first: "MOU on friendly city
 * cooperation" is an MoU, "protocol on a sister city relationship" a protocol, "Eleven agreements"
 * agreements, "action plan" a plan; a name without one ("17 cooperation documents") is {@code OTHER}.
 */
public final class InstrumentClassifier {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private final Map<String, InstrumentKind> phrases = new HashMap<>();
    private final Set<String> heads = new HashSet<>();
    private final Set<String> vocabulary = new HashSet<>();
    private final int longest;

    private InstrumentClassifier(WordList list) {
        int max = 1;
        for (String[] row : list.rows()) {
            if (row.length < 3 || !(row[0].equals("head") || row[0].equals("phrase"))) {
                throw new IllegalStateException("instruments.tsv: bad row " + String.join("|", row));
            }
            List<String> words = words(row[1]);
            if (words.isEmpty()) {
                throw new IllegalStateException("instruments.tsv: empty phrase");
            }
            InstrumentKind kind = InstrumentKind.of(row[2]);
            phrases.put(String.join(" ", words), kind);
            vocabulary.addAll(words);
            max = Math.max(max, words.size());
            if (row[0].equals("head")) {
                if (words.size() != 1) {
                    throw new IllegalStateException("instruments.tsv: a head is one word: " + row[1]);
                }
                heads.add(words.get(0));
            }
        }
        this.longest = max;
    }

    private static final class Holder {
        static final InstrumentClassifier INSTANCE = new InstrumentClassifier(WordList.load("instruments.tsv"));
    }

    /** The classifier of {@code /entente/lexicon/instruments.tsv}, loaded once. */
    public static InstrumentClassifier shared() {
        return Holder.INSTANCE;
    }

    /**
     * Whether a noun by itself names a cooperation document: memorandum, MoU, agreement, accord,
     * treaty, pact, convention, deal, contract, protocol, roadmap, declaration, communiqué, charter,
     * plan, program(me). Plurals are accepted ("memorandums", "MoUs").
     */
    public boolean isInstrumentHead(String lemma) {
        List<String> w = words(lemma);
        return w.size() == 1 && heads.contains(normal(w.get(0)));
    }

    /** The kind of document a name gives; {@code OTHER} when none of its words tells. */
    public InstrumentKind kindOf(String name) {
        List<String> w = words(name == null ? "" : name);
        w.replaceAll(this::normal);
        for (int i = 0; i < w.size(); i++) {
            for (int n = Math.min(longest, w.size() - i); n >= 1; n--) {
                InstrumentKind kind = phrases.get(String.join(" ", w.subList(i, i + n)));
                if (kind != null) {
                    return kind;
                }
            }
        }
        return InstrumentKind.OTHER;
    }

    /** Itself if the lexicon knows it, else a known singular ("treaties", "memorandums", "MoUs"). */
    private String normal(String w) {
        if (vocabulary.contains(w) || w.length() < 4) {
            return w;
        }
        if (w.endsWith("ies") && vocabulary.contains(w.substring(0, w.length() - 3) + "y")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && vocabulary.contains(w.substring(0, w.length() - 1))) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static List<String> words(String text) {
        String folded = DIACRITICS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
