package org.entente.actor;

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
import org.entente.event.ActorKind;
import org.entente.lexicon.WordList;

/**
 * The kind of body (spec: actor {@code kind}) an organisation's name names, from its words; data
 * in {@code actor-kinds.tsv}.
 *
 * <p>The head noun counts most: the rightmost known head phrase before the name's first
 * preposition ("Central Bank of Azerbaijan": central bank, GOV; "Independent Industrialists and
 * Businessmen Association": association). A weak head (association, council, forum) yields to a
 * cue of higher priority elsewhere in the name (businessmen: BUS; city: CITY; states: IGO). Known
 * intergovernmental bodies are IGO, and inside a longer name act as a strong IGO cue ("EU
 * Delegation"). A legal form (LLC, JSC, Ltd) makes a company. A name with no head and no cue is a
 * company, unless its NER type says otherwise ("Nexter": BUS).
 */
public final class ActorKindClassifier {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final String IGO_MARK = "@igo";
    private static final Set<String> PREPOSITIONS =
            Set.of("of", "for", "on", "in", "to", "at", "under", "with", "from", "by", "between", "among");

    /** A weighted kind: a head's firmness or a cue's priority; kind null for a neutral cue. */
    private record Weighted(ActorKind kind, int weight) {
    }

    private final Map<String, Weighted> heads = new HashMap<>();
    private final Map<String, Weighted> cues = new HashMap<>();
    private final Set<String> suffixes = new HashSet<>();
    private final Set<String> igoAnyCase = new HashSet<>();
    private final Set<String> igoExactCase = new HashSet<>();
    private int longest = 1;

    private ActorKindClassifier(WordList list) {
        for (String[] row : list.rows()) {
            if (row.length < 4) {
                throw new IllegalStateException("actor-kinds.tsv: bad row " + String.join("|", row));
            }
            List<String> words = row[1].equals(IGO_MARK) ? List.of(IGO_MARK) : tokens(row[1]).lower;
            if (words.isEmpty()) {
                throw new IllegalStateException("actor-kinds.tsv: empty phrase");
            }
            String key = String.join(" ", words);
            int weight = Integer.parseInt(row[3]);
            switch (row[0]) {
                case "head" -> heads.put(key, new Weighted(ActorKind.valueOf(row[2]), weight));
                case "cue" -> cues.put(key, new Weighted(row[2].equals("-") ? null : ActorKind.valueOf(row[2]), weight));
                case "suffix" -> suffixes.add(key);
                case "igo" -> {
                    if (weight == 1) {
                        igoExactCase.add(String.join(" ", tokens(row[1]).original));
                    } else {
                        igoAnyCase.add(key);
                    }
                }
                default -> throw new IllegalStateException("actor-kinds.tsv: unknown role " + row[0]);
            }
            longest = Math.max(longest, words.size());
        }
        if (!cues.containsKey(IGO_MARK)) {
            throw new IllegalStateException("actor-kinds.tsv: no priority for the cue " + IGO_MARK);
        }
    }

    private static final class Holder {
        static final ActorKindClassifier INSTANCE = new ActorKindClassifier(WordList.load("actor-kinds.tsv"));
    }

    /** The classifier of {@code /entente/lexicon/actor-kinds.tsv}, loaded once. */
    public static ActorKindClassifier shared() {
        return Holder.INSTANCE;
    }

    /** The kind of an organisation named {@code name}; unknown names are companies (BUS). */
    public ActorKind kindOf(String name) {
        return kindOf(name, null);
    }

    /**
     * The kind of an organisation from its name and, for names without any telling word, its
     * CoreNLP NER type: ORGANIZATION (or none) gives BUS, a place type CITY, COUNTRY COUNTRY.
     */
    public ActorKind kindOf(String name, String nerType) {
        Tokens t = tokens(name == null ? "" : name);
        List<String> low = new ArrayList<>(t.lower);
        List<String> orig = new ArrayList<>(t.original);
        if (!low.isEmpty() && low.get(0).equals("the")) {
            low.remove(0);
            orig.remove(0);
        }
        if (low.isEmpty()) {
            return ActorKind.OTHER;
        }
        if (low.stream().anyMatch(suffixes::contains)) {
            return ActorKind.BUS;
        }
        List<String> words = markIgos(low, orig);
        if (words.size() == 1 && words.get(0).equals(IGO_MARK)) {
            return ActorKind.IGO;
        }
        int chunkEnd = 0;
        while (chunkEnd < words.size() && !PREPOSITIONS.contains(words.get(chunkEnd))) {
            chunkEnd++;
        }
        // the head: the rightmost head phrase of the first chunk; a place word only as its last word
        Weighted head = null;
        int headStart = -1;
        int headEnd = -1;
        for (int e = chunkEnd; e >= 1 && head == null; e--) {
            for (int s = Math.max(0, e - longest); s < e; s++) {
                Weighted w = lookup(heads, words, s, e);
                if (w != null && (w.kind() != ActorKind.CITY || e == chunkEnd)) {
                    head = w;
                    headStart = s;
                    headEnd = e;
                    break;
                }
            }
        }
        Weighted cue = bestCue(words, headStart, headEnd);
        if (head != null) {
            return cue != null && cue.weight() > head.weight() ? cue.kind() : head.kind();
        }
        if (cue != null) {
            return cue.kind();
        }
        return byNer(nerType);
    }

    /** The cue of highest priority outside the head (first of equals); neutral phrases hide words. */
    private Weighted bestCue(List<String> words, int headStart, int headEnd) {
        Weighted best = null;
        for (int i = 0; i < words.size(); ) {
            if (i >= headStart && i < headEnd) {
                i = headEnd;
                continue;
            }
            int matched = 0;
            for (int n = Math.min(longest, words.size() - i); n >= 1 && matched == 0; n--) {
                if (i < headStart && i + n > headStart) {
                    continue;
                }
                Weighted w = lookup(cues, words, i, i + n);
                if (w != null) {
                    matched = n;
                    if (w.kind() != null && (best == null || w.weight() > best.weight())) {
                        best = w;
                    }
                }
            }
            i += Math.max(matched, 1);
        }
        return best;
    }

    /** The words with every known intergovernmental body's name replaced by {@link #IGO_MARK}. */
    private List<String> markIgos(List<String> low, List<String> orig) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < low.size(); ) {
            int matched = 0;
            for (int n = Math.min(longest, low.size() - i); n >= 1; n--) {
                if (igoAnyCase.contains(String.join(" ", low.subList(i, i + n)))
                        || igoExactCase.contains(String.join(" ", orig.subList(i, i + n)))) {
                    matched = n;
                    break;
                }
            }
            out.add(matched > 0 ? IGO_MARK : low.get(i));
            i += Math.max(matched, 1);
        }
        return out;
    }

    /** The entry of words[s, e), or of the same with its last word made singular. */
    private Weighted lookup(Map<String, Weighted> map, List<String> words, int s, int e) {
        String prefix = String.join(" ", words.subList(s, e - 1));
        String last = words.get(e - 1);
        Weighted w = map.get(join(prefix, last));
        if (w != null || last.length() < 4) {
            return w;
        }
        for (String singular : singulars(last)) {
            w = map.get(join(prefix, singular));
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    private static List<String> singulars(String w) {
        return org.entente.lexicon.Plurals.singulars(w);
    }

    private static String join(String prefix, String last) {
        return prefix.isEmpty() ? last : prefix + " " + last;
    }

    private static ActorKind byNer(String nerType) {
        if (nerType == null) {
            return ActorKind.BUS;
        }
        return switch (nerType.toUpperCase(Locale.ROOT)) {
            case "LOCATION", "CITY", "STATE_OR_PROVINCE" -> ActorKind.CITY;
            case "COUNTRY" -> ActorKind.COUNTRY;
            case "PERSON" -> ActorKind.OTHER;
            default -> ActorKind.BUS;
        };
    }

    private record Tokens(List<String> original, List<String> lower) {
    }

    /** Words of a name, accents dropped, "U.S." as "US", "&" as "and", possessive "'s" dropped. */
    private static Tokens tokens(String name) {
        String s = name.replace("&", " and ")
                .replaceAll("(?i)\\bco-(?=op)", "co")
                .replaceAll("['’]s\\b", "")
                .replaceAll("(?<=\\p{L})\\.(?=\\p{L})", "");
        s = DIACRITICS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        List<String> original = new ArrayList<>();
        List<String> lower = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            original.add(m.group());
            lower.add(m.group().toLowerCase(Locale.ROOT));
        }
        return new Tokens(original, lower);
    }
}
