package org.entente.event;

/** The three kinds of cooperation event the spec knows, with their standard codes. */
public enum EventType {
    /** A cooperation instrument was signed or an agreement reached. */
    AGREE("AGREE", "057"),
    /** Talks, a meeting, a visit or a call between two or more actors. */
    MEET("CONSULT", "040"),
    /** An actor took part in, or exhibited at, a multi-party gathering. */
    ATTEND("CONSULT", "043");

    private final String plover;
    private final String cameo;

    EventType(String plover, String cameo) {
        this.plover = plover;
        this.cameo = cameo;
    }

    /** PLOVER event category (the POLECAT ontology). */
    public String plover() {
        return plover;
    }

    /** Default CAMEO code; {@link Event#cameo()} may refine it. */
    public String cameo() {
        return cameo;
    }
}
