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
    String date;
    Place location;
    String evidence;
    int sentence;
    /** Lower when a party was supplied by the discourse rather than by the sentence's grammar. */
    double confidence = 0.9;
}
