package org.entente.store.export;

import java.io.IOException;
import java.io.Writer;
import org.entente.store.event.StoredEvent;

/** One export format: a header (possibly none), then one record per stored event. */
public interface EventExport {

    /** Writes what precedes the records. */
    void begin(Writer out) throws IOException;

    /** Writes one event's record. */
    void write(Writer out, StoredEvent event) throws IOException;

    /** The export of a format. */
    static EventExport of(ExportFormat format) {
        return switch (format) {
            case JSONL -> new JsonlExport();
            case CSV -> new CsvExport();
            case PLOVER -> new PloverExport();
        };
    }
}
