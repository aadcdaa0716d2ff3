package org.entente.store.actor;

/**
 * Why a surface form was taken to name an actor. Stored with every alias so that {@code entente actors show}
 * can justify each merge, and so that a wrong merge can be traced to its rule.
 */
public enum AliasReason {
    /** The name the actor was first stored under. */
    NAME("its own name"),
    /** Another spelling that normalises to the same name (case, accents, punctuation, a leading "the"). */
    SAME_NAME("same name"),
    /** An acronym of the full name, declared in brackets or made of its initials, in the same article. */
    ACRONYM("acronym of"),
    /** A line of the user's aliases file. */
    ALIASES_FILE("aliases file");

    private final String label;

    AliasReason(String label) {
        this.label = label;
    }

    /** Short words for listings. */
    public String label() {
        return label;
    }

    /** Which alias wins when two forms with the same normalised key point to different actors (lower first). */
    int precedence() {
        return this == ALIASES_FILE ? 0 : ordinal() + 1;
    }
}
