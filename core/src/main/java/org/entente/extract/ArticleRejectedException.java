package org.entente.extract;

/** The article cannot be analysed as it is (not English, empty, too large); the message says why. */
public class ArticleRejectedException extends Exception {
    public ArticleRejectedException(String message) {
        super(message);
    }
}
