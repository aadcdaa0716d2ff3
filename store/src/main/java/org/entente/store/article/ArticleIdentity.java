package org.entente.store.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.entente.article.Article;

/**
 * What makes two inputs the same article for the knowledge base: the same address, or, for an article
 * without one, the same text. Ingest stores one row per identity, which is what makes it idempotent.
 *
 * @param key         {@code url:SHA256(url)} or {@code text:SHA256(text)}, unique in the articles table
 * @param contentHash SHA-256 of the text, hex
 */
public record ArticleIdentity(String key, String contentHash) {

    public static ArticleIdentity of(Article article) {
        String hash = sha256(article.text());
        String url = article.url() == null ? "" : article.url().strip();
        return new ArticleIdentity(url.isEmpty() ? "text:" + hash : "url:" + sha256(url), hash);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
