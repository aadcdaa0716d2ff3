package org.entente.nlp;

import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * CoreNLP's fine-grained gazetteer (the KBP TokensRegexNER mapping that makes COUNTRY, NATIONALITY, CITY,
 * STATE_OR_PROVINCE and TITLE of coarse tags) split in two: its word entries ("azerbaijan", "prime minister")
 * and its about one thousand pattern entries, every token of which is a regular expression ("u\.s\.",
 * "Calif\.?", URLs, e-mail addresses).
 *
 * <p>Why: TokensRegex indexes an entry by a literal word and tries it only in sentences holding that word, but
 * it has no word to index a pattern entry by, so it tries all of them at every token of every sentence. That
 * is almost all the time fine-grained NER takes (measured over the stream: 46 s with the whole gazetteer, 1 s
 * without the pattern entries), and nearly no sentence can match one: a pattern entry matches a span only if
 * its first token pattern matches the span's first word. {@link #patternsMayMatch} asks exactly that, of all
 * first token patterns at once (one alternation per set of flags, matched against the whole word as TokensRegex
 * matches a token pattern), so a sentence where it says no gets from the word entries alone the matches the
 * whole gazetteer gives it. One thing can still differ: when two word entries of equal priority and length
 * overlap ("argentine republic", "the argentine"), TokensRegex keeps the one its hash set of entries lists
 * first, and a second annotator loaded from other files hashes them in another order. Over the 1,466 dev and
 * stream sentences that changed one sentence's tags ("the Argentine Republic") and no prediction.
 */
public final class GazetteerSplit {
    /** CoreNLP's default fine-grained mapping: per-file options, then the file; files apart by ';'. */
    static final String DEFAULT_MAPPING = edu.stanford.nlp.pipeline.DefaultPaths.DEFAULT_KBP_TOKENSREGEX_NER_SETTINGS;
    /** What makes a token of an entry a regular expression rather than a word, as TokensRegex tells them apart. */
    private static final Pattern REGEX_CHAR = Pattern.compile("[\\[\\]?.\\\\^$()*+{}|]");

    private final String wordMapping;
    /** The first token pattern of every pattern entry, with the flags of its file. */
    private final List<FirstToken> firstTokens;
    /** The same patterns, one alternation per set of flags: a word is tried once per set, not once per pattern. */
    private final List<Pattern> anyFirstToken;

    /** A pattern entry's first token: a regular expression a whole word must match, and its flags. */
    record FirstToken(String regex, int flags) {
    }

    private GazetteerSplit(String wordMapping, List<FirstToken> firstTokens) {
        this.wordMapping = wordMapping;
        this.firstTokens = List.copyOf(firstTokens);
        Map<Integer, List<String>> byFlags = new TreeMap<>();
        firstTokens.forEach(f -> byFlags.computeIfAbsent(f.flags(), k -> new ArrayList<>()).add("(?:" + f.regex() + ")"));
        this.anyFirstToken = byFlags.entrySet().stream()
                .map(e -> Pattern.compile(String.join("|", e.getValue()), e.getKey())).toList();
    }

    /**
     * Reads CoreNLP's mapping files and writes their word entries to files of their own (in a temporary
     * directory deleted on exit), with the same per-file options.
     */
    public static GazetteerSplit load() {
        try {
            Path dir = Files.createTempDirectory("entente-gazetteer");
            dir.toFile().deleteOnExit();
            List<String> files = new ArrayList<>();
            List<FirstToken> firstTokens = new ArrayList<>();
            String[] mappings = DEFAULT_MAPPING.split(";");
            for (int i = 0; i < mappings.length; i++) {
                String mapping = mappings[i].trim();
                int options = mapping.lastIndexOf(',');
                String prefix = options < 0 ? "" : mapping.substring(0, options + 1);
                String resource = mapping.substring(options + 1);
                boolean ignoreCase = prefix.toLowerCase(java.util.Locale.ROOT).contains("ignorecase=true");
                int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
                Path words = dir.resolve(i + "-" + Path.of(resource).getFileName());
                words.toFile().deleteOnExit();
                try (BufferedReader in = IOUtils.readerFromString(resource);
                     Writer out = Files.newBufferedWriter(words, StandardCharsets.UTF_8)) {
                    for (String line; (line = in.readLine()) != null; ) {
                        String entry = line.split("\t", 2)[0].trim();
                        String[] tokens = entry.split("\\s+");
                        // a TokensRegex expression ("( ... )") stays with the words: it is no token pattern
                        if (!(entry.startsWith("( ") && entry.endsWith(" )")) && isPattern(tokens)) {
                            firstTokens.add(new FirstToken(tokens[0], flags));
                        } else {
                            out.write(line);
                            out.write('\n');
                        }
                    }
                }
                files.add(prefix + words);
            }
            return new GazetteerSplit(String.join(";", files), firstTokens);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot split the fine-grained gazetteer", e);
        }
    }

    /** An entry TokensRegex cannot index by a word: every one of its tokens is a regular expression. */
    static boolean isPattern(String[] tokens) {
        for (String t : tokens) {
            if (!REGEX_CHAR.matcher(t).find()) {
                return false;
            }
        }
        return true;
    }

    /** The mapping of the word entries alone, for {@code ner.fine.regexner.mapping}. */
    public String wordMapping() {
        return wordMapping;
    }

    /** Pattern entries set aside. */
    public int patterns() {
        return firstTokens.size();
    }

    /** The first token patterns of the pattern entries. */
    List<FirstToken> firstTokens() {
        return firstTokens;
    }

    /** Whether a pattern entry can match in the sentence: its first token pattern matches one of its words. */
    public boolean patternsMayMatch(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            String text = t.word();   // the token's TextAnnotation, what a token pattern is matched against
            if (text == null) {
                continue;   // a token pattern never matches a token without text
            }
            for (Pattern any : anyFirstToken) {
                if (any.matcher(text).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
