package org.entente.web;

import java.util.function.Supplier;
import org.entente.store.actor.AliasFile;
import org.entente.web.submit.ArticleAnalyser;
import org.entente.web.submit.SubmissionQueue;

/**
 * How a {@link WebServer} runs.
 *
 * @param host            the address to listen on (loopback by default: the API is open for reading)
 * @param port            the port, 0 for any free one (tests)
 * @param token           the bearer token writes need, or null (then writes are refused)
 * @param readsNeedToken  {@code --auth}: reads need the token too
 * @param aliases         the aliases file applied to posted articles
 * @param analyser        makes the extractor on the first posted article (tests pass a fake)
 * @param maxRequestBytes largest request body accepted (larger ones get 413)
 * @param queueCapacity   posted submissions that may wait for extraction (more get 503)
 */
public record WebSettings(String host, int port, String token, boolean readsNeedToken, AliasFile aliases,
        Supplier<ArticleAnalyser> analyser, long maxRequestBytes, int queueCapacity) {

    /** Bodies up to 1 MB: an article of the extractor's largest size in UTF-8, with room for the JSON. */
    public static final long DEFAULT_MAX_REQUEST = 1_000_000;

    public WebSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (readsNeedToken && (token == null || token.isBlank())) {
            throw new IllegalArgumentException("--auth needs a token");
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queue capacity must be at least 1: " + queueCapacity);
        }
    }

    /** With the default queue ({@value SubmissionQueue#DEFAULT_CAPACITY} waiting submissions). */
    public WebSettings(String host, int port, String token, boolean readsNeedToken, AliasFile aliases,
            Supplier<ArticleAnalyser> analyser, long maxRequestBytes) {
        this(host, port, token, readsNeedToken, aliases, analyser, maxRequestBytes, SubmissionQueue.DEFAULT_CAPACITY);
    }
}
