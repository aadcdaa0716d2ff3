package org.entente.event;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of document an AGREE event concerns, from how the text names it. */
public enum InstrumentKind {
    MOU, AGREEMENT, CONTRACT, PROTOCOL, ROADMAP, DECLARATION, PLAN, OTHER;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static InstrumentKind of(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
