-- Reports of the same interaction from different articles become one event (see org.entente.store.merge).
--
-- Every report keeps its own event row and mention, exactly as its article stated it, so provenance stays
-- exact; a report that matched an earlier event points at it with merged_into, and merge_reason says why in
-- words (same type and status, which actor rule, which date rule). The knowledge base's view (events,
-- timeline, export) shows the events with merged_into NULL, each with the mentions of all its reports.
--
-- party_key (the event's type, status and sorted canonical countries) and reported_on (its article's
-- publication day) make the search for earlier reports one indexed lookup. Events stored before this
-- migration have neither and are never merged.
ALTER TABLE events ADD COLUMN merged_into BIGINT REFERENCES events (id);
ALTER TABLE events ADD COLUMN merge_reason VARCHAR(4000);
ALTER TABLE events ADD COLUMN party_key VARCHAR(200);
ALTER TABLE events ADD COLUMN reported_on DATE;
CREATE INDEX events_merged_into ON events (merged_into);
CREATE INDEX events_party ON events (party_key, date_from);
CREATE INDEX events_party_reported ON events (party_key, reported_on);

-- A planned event later reported as done: not the same report, a relation between two events.
CREATE TABLE event_links (
    planned_event_id  BIGINT        NOT NULL REFERENCES events (id),
    done_event_id     BIGINT        NOT NULL REFERENCES events (id),
    relation          VARCHAR(16)   NOT NULL,
    reason            VARCHAR(4000) NOT NULL,
    PRIMARY KEY (planned_event_id, done_event_id)
);
CREATE INDEX event_links_done ON event_links (done_event_id);
