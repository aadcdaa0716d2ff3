package org.entente.store.export;

/** The formats {@code entente export} writes. */
public enum ExportFormat {
    /** The spec's event records, one JSON object per line, with the event's id and its sources. */
    JSONL,
    /** One row per event, the spec's fields flattened for spreadsheets (RFC 4180). */
    CSV,
    /** One row per event in PLOVER's terms (event type, actor and recipient, contexts), tab-separated. */
    PLOVER
}
