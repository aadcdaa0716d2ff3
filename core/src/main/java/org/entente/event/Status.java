package org.entente.event;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether an event is reported as having happened or announced for the future. */
public enum Status {
    DONE, PLANNED;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static Status of(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }
}
