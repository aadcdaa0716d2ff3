package org.entente.extract;

import java.util.ArrayList;
import java.util.List;
import org.entente.event.EventType;
import org.entente.event.Instrument;
import org.entente.event.Place;
import org.entente.event.Status;

/** An event being put together from one trigger, before it becomes an immutable {@link org.entente.event.Event}. */
final class EventDraft {
    EventType type;
    Status status;
    final List<Participant> parties = new ArrayList<>();
    Instrument instrument;
    String eventName;
    /** Further gatherings the event took place within ("within the framework of the A Meeting and the B Meeting"). */
    final List<String> alsoAt = new ArrayList<>();
    String date;
    Place location;
    String evidence;
    int sentence;
    /** The trigger word's index in its sentence (1-based, as in the dependency graph); 0 when none. */
    int trigger;
    /** One actor meeting several counterparts: each pair is its own event (spec: Granularity). */
    final List<List<Participant>> pairs = new ArrayList<>();
    /** A trigger whose parties the sentence leaves implicit ("the signing of memoranda"): filled or dropped later. */
    boolean orphan;
    /** "The meeting held talks on ...": an orphan naming, as its clause's subject, a meeting told of before. */
    boolean refersBack;
    /** "The document was signed by ...": the document of an earlier event, whose report this completes. */
    boolean anaphoric;
    /** Lower when a party was supplied by the discourse rather than by the sentence's grammar. */
    double confidence = 0.9;

    EventDraft copy() {
        EventDraft c = new EventDraft();
        c.type = type;
        c.status = status;
        c.parties.addAll(parties);
        c.instrument = instrument;
        c.eventName = eventName;
        c.alsoAt.addAll(alsoAt);
        c.date = date;
        c.location = location;
        c.evidence = evidence;
        c.sentence = sentence;
        c.confidence = confidence;
        c.anaphoric = anaphoric;
        return c;
    }
}
