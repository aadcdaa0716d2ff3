package org.entente.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.entente.store.event.StoredEvent;

/**
 * The skeleton of the row formats ({@link CsvExport}, {@link PloverExport}): a header of column names, then one
 * row of values per event, in a {@link DelimitedRow} dialect. A format says only its columns and an event's values.
 */
abstract class DelimitedExport implements EventExport {

    private final DelimitedRow row;
    private final List<String> columns;

    DelimitedExport(DelimitedRow row, List<String> columns) {
        this.row = row;
        this.columns = List.copyOf(columns);
    }

    /** An event's values, one per column. */
    abstract List<?> values(StoredEvent event);

    @Override
    public final void begin(Writer out) throws IOException {
        row.write(out, columns);
    }

    @Override
    public final void write(Writer out, StoredEvent event) throws IOException {
        List<?> values = values(event);
        if (values.size() != columns.size()) {
            throw new IllegalStateException(values.size() + " values for " + columns.size() + " columns");
        }
        row.write(out, values);
    }
}
