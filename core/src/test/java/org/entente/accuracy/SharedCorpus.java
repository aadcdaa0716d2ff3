package org.entente.accuracy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.article.Article;

/** Test access to the corpora under ../shared (read in place, never copied into the repository). */
public final class SharedCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SharedCorpus() {
    }

    /** {@code ../shared/corpus/NAME/FILE}, skipping the test when the shared folder is absent. */
    public static Path file(String corpus, String file) {
        Path p = Path.of(System.getProperty("entente.shared", "../../shared"), "corpus", corpus, file);
        assumeTrue(Files.exists(p), "shared corpus not present: " + p);
        return p;
    }

    /** The articles of a corpus, with the extra fields (such as a stream label) left in {@code raw}. */
    public static List<Labelled> articles(String corpus) throws IOException {
        List<Labelled> out = new ArrayList<>();
        for (String line : Files.readAllLines(file(corpus, "articles.jsonl"))) {
            JsonNode a = JSON.readTree(line);
            JsonNode p = a.get("published");
            LocalDate published = p == null || p.isNull() ? null : LocalDate.parse(p.asText().substring(0, 10));
            out.add(new Labelled(new Article(a.get("id").asText(), a.path("url").asText(null), published,
                    a.get("text").asText()), a.path("label").asText(null)));
        }
        return out;
    }

    /** An article with the label the stream corpus gives it ("coop" or "other"), or null. */
    public record Labelled(Article article, String label) {
    }
}
