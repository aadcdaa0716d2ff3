package org.entente.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.entente.event.ArticleEvents;
import org.entente.extract.ArticleRejectedException;
import org.entente.extract.Extractor;
import org.entente.language.ArticleScreen;

/**
 * The extractor of an executor JVM: loaded by the first record a task hands it (CoreNLP's models, about
 * ten seconds and two gigabytes) and shared by every later task of that JVM, since {@link Extractor} is
 * thread-safe. One record's outcome follows {@code entente extract}: a foreign article is an empty line, an
 * empty or oversized one a problem, and an extractor failure a problem that costs that record only.
 */
final class ExecutorExtraction {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile Extractor extractor;
    /** What analyses an article in this JVM: the shared extractor, unless a test put another in. */
    static volatile Analyser analyser = article -> extractor().extract(article);

    /** {@link Extractor#extract}'s shape, so a test can make one record fail inside an executor. */
    @FunctionalInterface
    interface Analyser {
        ArticleEvents extract(org.entente.article.Article article) throws ArticleRejectedException;
    }

    private ExecutorExtraction() {
    }

    static ArticleOutcome analyse(InputRecord in) {
        if (in.isProblem()) {
            return ArticleOutcome.failed(in);
        }
        try {
            var article = in.article();
            Optional<ArticleScreen.Refusal> refusal = ArticleScreen.screen(article.text(), Extractor.MAX_CHARS);
            if (refusal.isPresent()) {
                if (refusal.get().reason() == ArticleScreen.Reason.NOT_ENGLISH) {
                    return ArticleOutcome.extracted(in, line(new ArticleEvents(article.id(), List.of())), 0);
                }
                return ArticleOutcome.failed(in, refusal.get().message());
            }
            ArticleEvents events = analyser.extract(article);
            return ArticleOutcome.extracted(in, line(events), events.events().size());
        } catch (ArticleRejectedException e) {
            return ArticleOutcome.failed(in, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // one record's failure must not cost the task, let alone the job; CoreNLP can overflow on odd text
            return ArticleOutcome.failed(in, "extraction failed: " + e);
        }
    }

    private static Extractor extractor() {
        Extractor e = extractor;
        if (e == null) {
            synchronized (ExecutorExtraction.class) {
                e = extractor;
                if (e == null) {
                    extractor = e = new Extractor();
                }
            }
        }
        return e;
    }

    private static String line(ArticleEvents events) {
        try {
            return JSON.writeValueAsString(events);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
