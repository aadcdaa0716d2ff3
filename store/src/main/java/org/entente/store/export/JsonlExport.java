package org.entente.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.entente.store.event.EventLink;
import org.entente.store.event.Source;
import org.entente.store.event.StoredEvent;

/**
 * {@code {"id": N, ...the spec's event record..., "sources": [{"article", "url", "evidence",
 * "merged_because"}], "links": [{"relation", "event", "reason"}]}} per line (merge reasons on every source but
 * the first; links only when there are some): the
 * record serialised exactly as {@code extract} writes it, so tools that read extractor output read this too.
 */
final class JsonlExport implements EventExport {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Override
    public void begin(Writer out) {
        // JSON lines have no header
    }

    @Override
    public void write(Writer out, StoredEvent e) throws IOException {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", e.id());
        line.setAll((ObjectNode) JSON.valueToTree(e.event()));
        ArrayNode sources = line.putArray("sources");
        for (Source s : e.sources()) {
            ObjectNode src = sources.addObject().put("article", s.articleId()).put("url", s.url())
                    .put("evidence", s.evidence());
            if (s.mergeReason() != null) {
                src.put("merged_because", s.mergeReason());
            }
        }
        if (!e.links().isEmpty()) {
            ArrayNode links = line.putArray("links");
            for (EventLink l : e.links()) {
                links.addObject().put("relation", l.relation()).put("event", l.eventId()).put("reason", l.reason());
            }
        }
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
    }
}
