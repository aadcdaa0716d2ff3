package org.entente.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.entente.actor.ActorMention;
import org.entente.actor.MentionFinder;

/**
 * One analysed sentence: its tokens, dependency graph and the actor mentions found in it, and the sentence
 * as the article wrote it ({@code evidence}: the parser may have read a version with credits blanked).
 */
record SentenceView(int index, CoreSentence sentence, List<ActorMention> mentions, String evidence) {

    List<CoreLabel> tokens() {
        return sentence.tokens();
    }

    CoreLabel token(int i) {
        return sentence.tokens().get(i);
    }

    SemanticGraph graph() {
        return sentence.dependencyParse();
    }

    String text() {
        return sentence.text();
    }

    Optional<ActorMention> mentionAt(int tokenIndex) {
        return mentions.stream().filter(m -> m.covers(tokenIndex)).findFirst();
    }

    /** The run of tokens around {@code i} that carry the same NER label. */
    int[] nerSpan(int i, String label) {
        int b = i;
        int e = i + 1;
        while (b > 0 && label.equals(token(b - 1).ner())) {
            b--;
        }
        while (e < tokens().size() && label.equals(token(e).ner())) {
            e++;
        }
        return new int[] {b, e};
    }

    /** The run of proper nouns around token {@code i}: a name NER did not label. */
    int[] properNameSpan(int i) {
        int b = i;
        int e = i + 1;
        while (b > 0 && token(b - 1).tag().startsWith("NNP")) {
            b--;
        }
        while (e < tokens().size() && token(e).tag().startsWith("NNP")) {
            e++;
        }
        return new int[] {b, e};
    }

    /**
     * The name around token {@code i}: its NER run, or its run of proper nouns when NER left it unlabelled
     * ("M.Guliyev"), not every unlabelled word around it.
     */
    int[] nameSpan(int i) {
        String ner = token(i).ner();
        return ner == null || ner.equals("O") ? properNameSpan(i) : nerSpan(i, ner);
    }

    /**
     * The title right before a person's name: "Board Chairman" in "Agency's Board Chairman Orkhan Mammadov",
     * "Minister of Agriculture and Rural Development of Poland" before "Robert Telus". Null if none.
     */
    private static final java.util.regex.Pattern HONORIFIC_AFTER_COMMA = java.util.regex.Pattern.compile(
            "\\s*,\\s*(?:(?:Professor|Prof\\.?|Dr\\.?|Doctor|H\\.\\s?E\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Sir|Dame|Eng\\.?|Engr\\.?)\\s*)+$");

    String titleBefore(int nameStart) {
        int b = titleStart(nameStart);
        int e = nameStart;
        while (e > b && !"TITLE".equals(token(e - 1).ner()) && !token(e - 1).tag().startsWith("NNP")) {
            e--;
        }
        if (b >= e) {
            return null;
        }
        // "Minister of Foreign Affairs, Professor David Francis": the honorific is no part of the office
        String text = HONORIFIC_AFTER_COMMA.matcher(MentionFinder.text(tokens(), b, e)).replaceFirst("");
        return text.isBlank() ? null : text;
    }

    /** Where the title before a name begins; the name's own start when there is none. */
    int titleStart(int nameStart) {
        int e = nameStart;
        int b = e;
        while (b > 0) {
            CoreLabel t = token(b - 1);
            String w = t.word();
            boolean possessive = w.equals("'s") || w.equals("’s") || t.tag().equals("POS");
            if (possessive && b >= 2 && ("COUNTRY".equals(token(b - 2).ner()) || "NATIONALITY".equals(token(b - 2).ner()))) {
                b -= 2;   // "Azerbaijan's Foreign Minister": the country is part of the title
                continue;
            }
            boolean titleLike = "TITLE".equals(t.ner()) || "NATIONALITY".equals(t.ner())
                    || t.tag().startsWith("NNP") && !"PERSON".equals(t.ner())
                    || (w.equals("of") || w.equals("for") || w.equals("and") || w.equals(",") || w.equals("the")
                    || w.equals("-")) && b - 1 > 0 && b < e;
            if (w.equals("to") && b >= 2 && b < e && isTitleWord(token(b - 2))) {
                b -= 2;   // "adviser to the Ministry of Economy Elnur Aliyev": the title starts at its word
                break;
            }
            if (!titleLike || possessive) {
                break;
            }
            b--;
        }
        while (b < e && !startsTitle(token(b))) {
            b++;
        }
        return b;
    }

    private static boolean startsTitle(CoreLabel t) {
        return "TITLE".equals(t.ner()) || "NATIONALITY".equals(t.ner()) || t.tag().startsWith("NNP")
                && !t.word().toLowerCase(Locale.ROOT).equals("the") || isTitleWord(t);
    }

    /** "adviser", "envoy": a title's own word, written in lower case. */
    private static boolean isTitleWord(CoreLabel t) {
        return t.tag().startsWith("NN") && org.entente.person.TitleLexicon.shared().isTitleWord(t.word().toLowerCase(Locale.ROOT));
    }
}
