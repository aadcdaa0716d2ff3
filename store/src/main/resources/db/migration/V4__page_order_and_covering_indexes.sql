-- What keeps a page of the actor and text filters fast at 100,000 articles (see org.entente.store.query.PagePlan).
--
-- events_page replaces events_order: the event list's own order, undated events last. H2 sorts NULLs first in an
-- ascending index unless told, and only an index in exactly the query's order lets a page stop after its 50 rows
-- instead of sorting every match. (PostgreSQL puts NULLs last by default; the index is the same there.)
DROP INDEX events_order;
CREATE INDEX events_page ON events (date_from ASC NULLS LAST, id);

-- An actor's events straight from the index: on H2 a table whose key is not one BIGINT column keeps a hidden row
-- id, so an index on actor_id alone needs a row read for each event id.
CREATE INDEX event_actors_actor_event ON event_actors (actor_id, event_id);
DROP INDEX event_actors_actor;
