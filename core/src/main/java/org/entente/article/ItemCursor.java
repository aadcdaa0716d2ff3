package org.entente.article;

import java.io.Closeable;
import java.io.IOException;

/**
 * The items of one opened input, one at a time: what {@link ArticleReader} asks every format's reader for.
 *
 * <p>One interface for JSON lines, text, HTML, feeds, WARC files and fetched URLs, so that each format is its
 * own class and the reader only opens, drains and closes them. A reader turns a bad record into a
 * {@link ReadItem.ReadProblem} and goes on where it can; an {@link IOException} ends the input with one problem.
 */
public interface ItemCursor extends Closeable {

    /** The next item, or null when the input is exhausted. */
    ReadItem next() throws IOException;

    @Override
    void close();

    /** A cursor that yields one item. */
    static ItemCursor of(ReadItem item) {
        return new ItemCursor() {
            private boolean done;

            @Override
            public ReadItem next() {
                if (done) {
                    return null;
                }
                done = true;
                return item;
            }

            @Override
            public void close() {
            }
        };
    }
}
