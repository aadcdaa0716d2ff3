package org.entente.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.actor.ActorFactory;
import org.entente.actor.ActorMention;
import org.entente.actor.MentionFinder;
import org.entente.event.Actor;
import org.entente.event.ActorKind;
import org.entente.event.EventType;
import org.entente.event.Instrument;
import org.entente.event.Person;
import org.entente.event.Place;
import org.entente.event.Status;
import org.entente.geo.CountryCounter;
import org.entente.geo.Gazetteer;
import org.entente.instrument.InstrumentClassifier;
import org.entente.time.DateResolver;
import org.entente.time.Dateline;
import org.entente.time.StatusClassifier;
import org.entente.trigger.TriggerLexicon;

/**
 * Finds the events one sentence states: each trigger word, its parties from the dependency graph, the
 * document signed, the gathering attended, status, date and place.
 */
final class EventFinder {
    private static final boolean DEBUG = Boolean.getBoolean("entente.debug");
    private static final Set<String> PARTY_REFERENCES = Set.of("side", "party");
    /** Verbs whose object is a counterpart ("met the minister", "received the delegation"). */
    private static final Set<String> COUNTERPART_VERBS = Set.of("meet", "receive", "visit", "host", "negotiate",
            "consult", "confer");
    /**
     * Verbs of being shown somewhere ("represented at the fair"): their gathering is the place they name with
     * its head noun, never a bare name after the verb.
     */
    private static final Set<String> ATTEND_BY_LOCATION = Set.of("represent", "present", "exhibit", "showcase");

    private final TriggerLexicon triggers = TriggerLexicon.shared();
    private final StatusClassifier statuses = new StatusClassifier();
    private final DateResolver dates = new DateResolver();
    private final ActorFactory factory;
    private final InstrumentClassifier instruments;
    private final CountryCounter countries = new CountryCounter(Gazetteer.shared());

    EventFinder(ActorFactory factory, InstrumentClassifier instruments) {
        this.factory = factory;
        this.instruments = instruments;
    }

    List<EventDraft> find(SentenceView s, Discourse discourse, LocalDate published) {
        SemanticGraph g = s.graph();
        ParticipantResolver resolver = new ParticipantResolver(s, discourse, factory);
        rememberPeople(s, resolver);
        updateScene(s, discourse);
        describeGatherings(s, discourse, published);
        List<EventDraft> out = new ArrayList<>();
        for (IndexedWord w : g.vertexListSorted()) {
            CoreLabel t = s.token(w.index() - 1);
            Optional<EventType> type = triggers.typeOf(t.lemma(), t.tag());
            if (isCredentials(s, w)) {
                type = Optional.of(EventType.MEET);   // "presented his credentials to President X"
            }
            if (type.isEmpty() && (isDocumentBetweenParties(s, w) || isTwinning(s, w) || isReachedAgreement(s, w))) {
                type = Optional.of(EventType.AGREE);   // "the agreement between Almaty region and TBEA"
            }
            if (type.isEmpty() || s.mentionAt(w.index() - 1).isPresent() || insideName(s, w)) {
                continue;
            }
            StatusClassifier.Reading reading = statuses.read(g, w);
            if (reading == StatusClassifier.Reading.NEGATED) {
                continue;
            }
            EventDraft d = switch (type.get()) {
                case AGREE -> agree(s, w, resolver, discourse);
                case MEET -> meet(s, w, resolver, discourse);
                case ATTEND -> attend(s, w, resolver, discourse);
            };
            if (DEBUG) {
                System.err.println("TRIGGER " + w + " " + type.get() + " -> " + (d == null ? null : d.parties + " orphan=" + d.orphan));
            }
            if (d == null) {
                continue;
            }
            d.sentence = s.index();
            d.trigger = w.index();
            d.evidence = s.evidence();
            finish(d, s, w, reading, discourse, published);
            out.add(d);
        }
        return settle(out, s, discourse);
    }

    /**
     * "Uzbek-US negotiations", "the Azerbaijani-Turkish business forum": a hyphenated pair of countries or
     * demonyms modifying the event noun names its two sides.
     */
    private List<Participant> hyphenPair(SentenceView s, IndexedWord noun) {
        int i = noun.index() - 2;
        for (int k = i; k >= Math.max(0, i - 3); k--) {
            Optional<List<Actor>> pair = CountryPairs.at(s, factory, k, i);
            if (pair.isPresent()) {
                return pair.get().stream().map(a -> new Participant(a, null)).toList();
            }
        }
        return new ArrayList<>();
    }

    /**
     * "Minister X and his Zambian counterpart ... at the 3rd Kenya-Zambia Joint Commission signed": where only one
     * side is found and the sentence pairs its country with another, that other country is the second side.
     */
    private Optional<Actor> pairedCountry(SentenceView s, Actor side) {
        if (side.country() == null) {
            return Optional.empty();
        }
        for (int k = 0; k < s.tokens().size(); k++) {
            Optional<List<Actor>> pair = CountryPairs.at(s, factory, k, s.tokens().size() - 1);
            if (pair.isPresent()) {
                List<Actor> p = pair.get();
                if (side.country().equals(p.get(0).country()) && !side.country().equals(p.get(1).country())) {
                    return Optional.of(p.get(1));
                }
                if (side.country().equals(p.get(1).country()) && !side.country().equals(p.get(0).country())) {
                    return Optional.of(p.get(0));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "A and B expect that negotiations will resume, the ministry said": the parties of the nearest clause
     * above the trigger whose subject names two or more, here that of "expect", not the speaker's.
     */
    private List<Participant> clauseSubjects(SentenceView s, int trigger, Discourse discourse) {
        SemanticGraph g = s.graph();
        IndexedWord node = trigger > 0 ? g.getNodeByIndexSafe(trigger) : null;
        ParticipantResolver r = new ParticipantResolver(s, discourse, factory);
        for (IndexedWord up = node == null ? null : g.getParent(node); up != null; node = up, up = g.getParent(up)) {
            List<Participant> out = new ArrayList<>();
            for (IndexedWord subj : children(g, up, "nsubj")) {
                if (!subj.equals(node)) {
                    out.addAll(r.resolve(subj));
                }
            }
            out = distinct(out);
            if (out.size() >= 2) {
                return out;
            }
        }
        return List.of();
    }

    /**
     * Orphans take the parties of a sibling event of the same sentence ("the signing took place during
     * the meeting between A and B"), else of the clause above them ({@link #clauseSubjects}: "Uganda and Tanzania
     * agreed ... following talks"), else of the last event when the sentence speaks of "the sides";
     * one-to-many meetings become one event per pair.
     */
    private List<EventDraft> settle(List<EventDraft> drafts, SentenceView s, Discourse discourse) {
        List<EventDraft> out = new ArrayList<>();
        boolean speaksOfSides = s.tokens().stream().anyMatch(t -> t.tag().equals("NNS")
                && PARTY_REFERENCES.contains(t.lemma().toLowerCase(Locale.ROOT)));
        for (EventDraft d : drafts) {
            if (d.orphan) {
                // "the upcoming visit by X to Y was discussed at the meeting": a planned sibling's parties
                // are what the meeting spoke of, not who met
                List<Participant> sibling = drafts.stream().filter(x -> !x.orphan && x.type != EventType.ATTEND
                        && x.parties.size() >= 2 && x.status == d.status).map(x -> x.parties).findFirst()
                        .orElse(List.of());
                List<Participant> clause = sibling.isEmpty() ? clauseSubjects(s, d.trigger, discourse) : List.of();
                List<Participant> parties = !sibling.isEmpty() ? sibling
                        : !clause.isEmpty() ? clause
                        : speaksOfSides || d.refersBack ? discourse.lastParties() : List.of();
                if (parties.size() < 2) {
                    continue;
                }
                d.parties.addAll(parties);
                d.confidence = 0.6;
                d.orphan = false;   // a sibling for the orphans after it: "..., and an agreement was reached"
            }
            if (d.pairs.isEmpty()) {
                out.add(d);
                continue;
            }
            for (List<Participant> pair : d.pairs) {
                EventDraft p = d.copy();
                p.parties.clear();
                p.parties.addAll(pair);
                out.add(p);
            }
        }
        return out;
    }

    /**
     * A document named with its parties ("Memorandum of Understanding between X and Y") states an agreement
     * even without a signing verb; when a signing verb governs it, that verb is the trigger instead.
     */
    private boolean isDocumentBetweenParties(SentenceView s, IndexedWord w) {
        if (!w.tag().startsWith("NN") || !isDocument(w)) {
            return false;
        }
        IndexedWord gov = s.graph().getParent(w);
        if (gov != null && triggers.typeOf(gov.lemma(), gov.tag()).isPresent()) {
            return false;
        }
        boolean between = !children(s.graph(), w, "nmod:between").isEmpty();
        for (IndexedWord part : descendantsWithin(s.graph(), w, DOCUMENT_DESCRIPTION_DEPTH)) {
            between |= !children(s.graph(), part, "nmod:between").isEmpty();
        }
        for (int i = w.index(); i < Math.min(s.tokens().size(), w.index() + 6) && !between; i++) {
            between = s.token(i).word().equalsIgnoreCase("between");
        }
        return between;
    }

    /** Every named person with the body they act for, so that "Mammadov said" later resolves. */
    private static void rememberPeople(SentenceView s, ParticipantResolver resolver) {
        for (IndexedWord w : s.graph().vertexListSorted()) {
            int i = w.index() - 1;
            boolean lastOfName = "PERSON".equals(s.token(i).ner())
                    && (i + 1 >= s.tokens().size() || !"PERSON".equals(s.token(i + 1).ner()));
            if (lastOfName) {
                resolver.person(w);
            }
        }
    }

    // --- AGREE: "X and Y signed an MoU", "an MoU was signed between X and Y", "the signing of ... between"

    private EventDraft agree(SentenceView s, IndexedWord w, ParticipantResolver r, Discourse discourse) {
        SemanticGraph g = s.graph();
        if (isTwinning(s, w)) {
            return twinning(s, w, r, discourse);
        }
        boolean noun = w.tag().startsWith("NN");
        IndexedWord doc = null;
        Sides sides = new Sides(s);
        if (noun && isDocument(w)) {
            doc = w;
        } else if (noun) {
            doc = child(g, w, "nmod:of");
            addAll(sides.between, r, children(g, w, "nmod:between"));
            addAll(sides.b, r, children(g, w, "nmod:with"));   // "the signing of memoranda with his counterpart"
            addAll(sides.a, r, children(g, w, "nmod:poss"));
            IndexedWord gov = g.getParent(w);
            if (gov != null) {
                addAll(sides.a, r, children(g, gov, "nsubj"));
            }
        } else {
            boolean passive = !children(g, w, "nsubj:pass").isEmpty() || !children(g, w, "aux:pass").isEmpty();
            IndexedWord modified = g.getParent(w);
            if (modified != null && relation(g, modified, w).startsWith("acl") && isDocument(modified)
                    && child(g, w, "obj") == null) {
                // "the Joint Statement signed at the end of the meeting", "an MoU signed by A and B"
                doc = modified;
                addAll(sides.a, r, children(g, w, "obl:agent"));
                addAll(sides.a, r, children(g, w, "obl:by"));
            } else if (passive || child(g, w, "nsubj") != null && isDocument(child(g, w, "nsubj"))
                    && child(g, w, "obj") == null) {
                // the parser reads "The MoU signed by A and B covers..." as the MoU signing something
                doc = passive ? child(g, w, "nsubj:pass") : child(g, w, "nsubj");
                addAll(sides.a, r, children(g, w, "obl:agent"));
                addAll(sides.a, r, children(g, w, "obl:by"));
            } else {
                doc = child(g, w, "obj");
                addAll(sides.a, r, subjects(g, w));
            }
            addAll(sides.b, r, children(g, w, "obl:with"));
            addAll(sides.between, r, children(g, w, "obl:between"));
        }
        if (doc != null) {
            addAll(sides.between, r, children(g, doc, "nmod:between"));
            // "memorandum of understanding between", "MOU on friendly city cooperation with Shusha City"
            for (IndexedWord part : descendantsWithin(g, doc, DOCUMENT_DESCRIPTION_DEPTH)) {
                addAll(sides.between, r, children(g, part, "nmod:between"));
                addAll(sides.b, r, children(g, part, "nmod:with"));
                // "Memorandums of Understanding with their counterparts", "Understanding" tagged a verb
                addAll(sides.b, r, children(g, part, "obl:with"));
            }
            addAll(sides.b, r, children(g, doc, "nmod:with"));
            if (!isDocument(doc)) {
                return null;
            }
        } else if (!noun) {
            return null;
        }
        if (sides.between.isEmpty()) {
            sides.between.addAll(betweenByTokens(s, w, r));
        }
        EventDraft d = new EventDraft();
        d.type = EventType.AGREE;
        d.instrument = doc == null ? null : instrument(s, doc);
        d.anaphoric = doc != null && isAnaphoric(g, doc);
        return sides.join(d, discourse, false) ? d : orphan(d);
    }

    /**
     * "an agreement was reached on the implementation of projects", "the parties reached consensus": reaching
     * an agreement is agreeing, whoever the clause leaves unnamed (the meeting it closes names them).
     */
    private boolean isReachedAgreement(SentenceView s, IndexedWord w) {
        SemanticGraph g = s.graph();
        if (!w.tag().startsWith("NN") || !triggers.isReachedNoun(w.lemma())) {
            return false;
        }
        IndexedWord gov = g.getParent(w);
        if (gov != null && gov.lemma().equalsIgnoreCase("reach")) {
            String rel = relation(g, gov, w);
            return rel.equals("obj") || rel.equals("nsubj:pass");
        }
        return isFollowedByPassiveReach(s, w);
    }

    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "is", "are", "has", "have", "had",
            "been", "be", "being");

    /**
     * "..., and an agreement was reached on ...": the words themselves, where the parser hung the noun on the
     * clause before and the passive verb on nothing.
     */
    private static boolean isFollowedByPassiveReach(SentenceView s, IndexedWord w) {
        int i = w.index();   // the token after the noun
        int auxiliaries = 0;
        while (i < s.tokens().size() && PASSIVE_AUXILIARIES.contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
            i++;
            auxiliaries++;
        }
        return auxiliaries > 0 && i < s.tokens().size() && s.token(i).word().equalsIgnoreCase("reached");
    }

    private static final Set<String> TWINNING_WORDS = Set.of("sister", "twin", "partner", "twinned", "friendly",
            "fraternal", "brother");
    private static final Set<String> SETTLEMENT_WORDS = Set.of("city", "town", "municipality", "region", "province");

    /** "Shusha and Kayseri became sister cities", "Lahti will become a sister city of Mbale". */
    private static boolean isTwinning(SentenceView s, IndexedWord w) {
        if (!w.tag().startsWith("NN") || !SETTLEMENT_WORDS.contains(w.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        boolean twinned = s.graph().outgoingEdgeList(w).stream().anyMatch(e -> {
            String rel = e.getRelation().toString();
            return (rel.equals("amod") || rel.equals("compound"))
                    && TWINNING_WORDS.contains(e.getDependent().lemma().toLowerCase(Locale.ROOT));
        });
        IndexedWord gov = s.graph().getParent(w);
        boolean predicate = gov != null && gov.lemma().equalsIgnoreCase("become")
                || !children(s.graph(), w, "cop").isEmpty();
        return twinned && predicate;
    }

    /** The towns that became partners: the subjects, and "of"/"with" the other town. */
    private EventDraft twinning(SentenceView s, IndexedWord w, ParticipantResolver r, Discourse discourse) {
        SemanticGraph g = s.graph();
        IndexedWord gov = g.getParent(w);
        List<IndexedWord> nodes = new ArrayList<>(children(g, w, "nsubj"));
        if (gov != null) {
            nodes.addAll(children(g, gov, "nsubj"));
        }
        nodes.addAll(children(g, w, "nmod:of"));
        nodes.addAll(children(g, w, "nmod:with"));
        if (gov != null) {
            nodes.addAll(children(g, gov, "obl:with"));
        }
        Sides sides = new Sides(s);
        for (IndexedWord n : nodes) {
            if (s.mentionAt(n.index() - 1).isEmpty()) {
                // NER often reads a small town as a person ("Shusha"); the construction says it is a town
                sides.between.addAll(townNamed(n));
            } else {
                sides.between.addAll(r.resolve(n));
            }
        }
        EventDraft d = new EventDraft();
        d.type = EventType.AGREE;
        return sides.join(d, discourse, false) ? d : orphan(d);
    }

    private List<Participant> townNamed(IndexedWord w) {
        String name = w.word();
        if (!Character.isUpperCase(name.charAt(0)) || factory.countryOfPlace(name) == null
                || factory.country(name).isPresent()) {
            return List.of();
        }
        return List.of(new Participant(factory.place(name, name), null));
    }
    /**
     * "... between the A Agency and the B Corporation" where the parser lost the structure: the
     * organisations right after "between" (or "among") that follows the trigger in the same clause.
     */
    private List<Participant> betweenByTokens(SentenceView s, IndexedWord trigger, ParticipantResolver r) {
        for (int i = trigger.index(); i < Math.min(s.tokens().size() - 1, trigger.index() + 12); i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (w.equals(",") || w.equals(";")) {
                break;
            }
            if (w.equals("between") || w.equals("among")) {
                int k = i + 1;
                if (s.token(k).tag().equals("DT")) {
                    k++;
                }
                Optional<ActorMention> first = s.mentionAt(k);
                if (first.isPresent() && (!first.get().place() || isCityParty(first.get()))) {
                    List<Participant> parties = r.resolve(s.graph().getNodeByIndexSafe(k + 1));
                    if (parties.size() < 2 && first.get().place()) {
                        // the parser may head the name by its last word: "between Andong City and Shusha City"
                        parties = r.resolve(s.graph().getNodeByIndexSafe(first.get().end()));
                    }
                    return parties.size() >= 2 ? parties : List.of();
                }
                break;
            }
        }
        return List.of();
    }

    /** "Andong City": a place named as a body of its own, by its word for one, is a party, not a scene. */
    private static boolean isCityParty(ActorMention m) {
        return m.actor().kind() == ActorKind.CITY
                && m.actor().name().matches("(?i).+\\s(city|municipality|province|region|county|district)$");
    }

    /**
     * How deep a document's description may hang its parties: "Memorandum of Understanding on cooperation in
     * provision of services between A and B" puts them five prepositions down.
     */
    private static final int DOCUMENT_DESCRIPTION_DEPTH = 5;

    /** The nominal modifiers of a word down to {@code depth} levels ("of", "on", "for", "in" phrases). */
    private static List<IndexedWord> descendantsWithin(SemanticGraph g, IndexedWord w, int depth) {
        List<IndexedWord> out = new ArrayList<>();
        List<IndexedWord> level = List.of(w);
        for (int d = 0; d < depth; d++) {
            List<IndexedWord> next = new ArrayList<>();
            for (IndexedWord x : level) {
                for (SemanticGraphEdge e : g.outgoingEdgeList(x)) {
                    String rel = e.getRelation().toString();
                    if (rel.equals("nmod:of") || rel.equals("nmod:on") || rel.equals("nmod:for") || rel.equals("nmod:in")
                            || rel.equals("obl:on") || rel.equals("obl:for")) {
                        next.add(e.getDependent());
                    }
                }
            }
            out.addAll(next);
            level = next;
        }
        return out;
    }

    /** "the document", "the memorandum", "it": a document already reported, not a new one. */
    private static boolean isAnaphoric(SemanticGraph g, IndexedWord doc) {
        String l = doc.lemma().toLowerCase(Locale.ROOT);
        if (l.equals("document") || l.equals("it")) {
            return true;
        }
        boolean definite = children(g, doc, "det").stream()
                .anyMatch(d -> d.lemma().toLowerCase(Locale.ROOT).matches("the|this|that"));
        return definite && children(g, doc, "nmod:on").isEmpty() && children(g, doc, "amod").isEmpty()
                && children(g, doc, "nmod:between").isEmpty();
    }

    private boolean isDocument(IndexedWord doc) {
        String l = doc.word().toLowerCase(Locale.ROOT);
        l = l.endsWith("ums") || l.endsWith("ts") || l.endsWith("ls") || l.endsWith("ps") || l.endsWith("us")
                && l.length() > 4 ? l.substring(0, l.length() - 1) : l;   // "Memorandums", "agreements", "MoUs"
        return instruments.isInstrumentHead(l) || l.equals("document") || l.equals("memoranda") || l.equals("it")
                || l.equals("deal") || l.equals("mou");
    }

    private Instrument instrument(SentenceView s, IndexedWord doc) {
        SemanticGraph g = s.graph();
        int b = doc.index() - 1;
        int e = doc.index();
        // to the left only the document's own modifiers: "the joint [roadmap]", "Eleven [agreements]"
        while (b > 0 && doc.index() - b < 5 && s.token(b - 1).tag().matches("JJ.*|NN.*|CD|HYPH|VBN")
                && s.mentionAt(b - 1).isEmpty()) {
            b--;
        }
        for (IndexedWord d : g.descendants(doc)) {
            int i = d.index() - 1;
            String rel = g.getParent(d) == null ? "" : relation(g, g.getParent(d), d);
            if (i >= e && i < doc.index() + 14 && !rel.startsWith("nmod:between") && !rel.startsWith("acl")
                    && !"PERSON".equals(s.token(i).ner()) && s.mentionAt(i).isEmpty()) {
                e = Math.max(e, i + 1);
            }
        }
        // stop before "between", "with", "by" and the parties
        for (int i = doc.index(); i < e; i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (w.equals("between") || w.equals("with") || w.equals("by") || w.equals(",") || w.equals("which")
                    || w.equals("signed") || w.equals("was") || w.equals("that")
                    || "DATE".equals(s.token(i).ner()) && i > doc.index()) {
                e = i;
                break;
            }
        }
        while (b < e && (s.token(b).tag().equals("DT") || s.token(b).tag().equals("CD") && false)) {
            b++;
        }
        // "... water-saving technologies on [March 14]": a name never ends on a preposition, article or conjunction
        while (e > doc.index() && s.token(e - 1).tag().matches("IN|TO|DT|CC|,|POS")) {
            e--;
        }
        String text = MentionFinder.text(s.tokens(), b, e).replaceAll("^[\"“]|[\"”]$", "");
        return new Instrument(text, instruments.kindOf(text));
    }

    // --- MEET: "X met (with) Y", "X held talks with Y", "a meeting was held with Y", "the parties discussed"

    private EventDraft meet(SentenceView s, IndexedWord w, ParticipantResolver r, Discourse discourse) {
        SemanticGraph g = s.graph();
        String lemma = w.lemma().toLowerCase(Locale.ROOT);
        Sides sides = new Sides(s);
        boolean noun = w.tag().startsWith("NN");
        if (noun) {
            IndexedWord gov = g.getParent(w);
            String rel = gov == null ? "" : relation(g, gov, w);
            addAll(sides.between, r, children(g, w, "nmod:between"));
            addAll(sides.between, r, children(g, w, "nmod:among"));
            addAll(sides.b, r, children(g, w, "nmod:with"));
            addAll(sides.b, r, children(g, w, "nmod:from"));
            addAll(sides.a, r, children(g, w, "nmod:poss"));
            if (!children(g, w, "cop").isEmpty()) {
                addAll(sides.a, r, children(g, w, "nsubj"));   // "X is on a visit to Y", "X is in talks with Y"
            }
            sides.between.addAll(hyphenPair(s, w));
            if (lemma.equals("visit")) {
                addAll(sides.a, r, children(g, w, "nmod:of"));
                addAll(sides.a, r, children(g, w, "nmod:by"));
                if (sides.a.isEmpty() && rel.equals("obl:on")) {
                    // "X, while on a visit to Y, toured...": the one on the visit is the clause's subject
                    addAll(sides.a, r, precedingSubject(g, gov, w));
                }
                List<IndexedWord> to = children(g, w, "nmod:to").stream().filter(x -> !isPosting(s, g, x)).toList();
                addAll(sides.b, r, destinations(r, to, sides.a));
            } else {
                addAll(sides.between, r, children(g, w, "nmod:of"));
            }
            if (sides.a.isEmpty() && sides.b.isEmpty() && !sides.between.isEmpty() && isEdition(s, w)
                    && sides.between.stream().allMatch(p -> p.actor().kind() == ActorKind.IGO)) {
                return null;   // "the 12th Meeting of the Council of Ministers": a gathering, not talks with it
            }
            if (sides.a.isEmpty() && sides.between.isEmpty() && !sides.b.isEmpty()) {
                // "X stressed ties at a meeting with Y": the one who met Y is whoever the clause is about
                addAll(sides.a, r, subjectAbove(g, w));
            }
            boolean ownParties = !(sides.a.isEmpty() && sides.b.isEmpty() && sides.between.isEmpty());
            if (!ownParties && !(gov != null && (rel.equals("obj") || rel.startsWith("nsubj"))
                    && triggers.isLightVerb(gov.lemma()))) {
                // "during the meeting", "following talks": who met is said elsewhere in the sentence, if at all
                EventDraft d = new EventDraft();
                d.type = EventType.MEET;
                return orphan(d);
            }
            if (gov != null && (rel.equals("obj") || rel.startsWith("nsubj")) && triggers.isLightVerb(gov.lemma())) {
                addAll(sides.a, r, children(g, gov, "nsubj"));
                addAll(sides.a, r, children(g, gov, "nsubj:xsubj"));
                IndexedWord up = g.getParent(gov);
                if (children(g, gov, "nsubj").isEmpty() && up != null && up.tag().startsWith("VB")) {
                    addAll(sides.a, r, children(g, up, "nsubj"));   // "will visit Berlin to hold talks with"
                }
                addAll(sides.a, r, children(g, gov, "obl:agent"));
                addAll(sides.b, r, children(g, gov, "obl:with"));
                addAll(sides.b, r, children(g, gov, "obl:from"));
                addAll(sides.between, r, children(g, gov, "obl:between"));
                addAll(sides.between, r, children(g, gov, "obl:among"));
            }
        } else if (lemma.equals("arrive")) {
            // "a delegation from Ethiopia will arrive in Pakistan": a visit, by those arriving or, when the
            // subject names no one ("officials and business delegations"), by where they come from
            List<Participant> visitors = new ArrayList<>();
            addAll(visitors, r, subjects(g, w));
            if (visitors.isEmpty()) {
                addAll(visitors, r, children(g, w, "obl:from"));
            }
            List<Participant> hosts = new ArrayList<>();
            addAll(hosts, r, destinations(r, children(g, w, "obl:in"), visitors));
            if (visitors.isEmpty() || hosts.isEmpty()) {
                return null;   // "the team arrived in Doha", "arrived at a decision"
            }
            sides.a.addAll(visitors);
            sides.b.addAll(countriesOfCities(hosts, discourse));
        } else if (isCredentials(s, w)) {
            addAll(sides.a, r, children(g, w, "nsubj"));
            addAll(sides.b, r, children(g, w, "obl:to"));
            addAll(sides.b, r, children(g, w, "obl:from"));
        } else {
            if (lemma.equals("call")) {
                // "the Prime Minister called on the President": a courtesy visit; other calls are no meeting
                if (children(g, w, "obl:on").isEmpty()) {
                    return null;
                }
                addAll(sides.b, r, children(g, w, "obl:on"));
            }
            addAll(sides.a, r, subjects(g, w));
            addAll(sides.a, r, children(g, w, "obl:agent"));
            addAll(sides.b, r, children(g, w, "obl:with"));
            addAll(sides.between, r, children(g, w, "obl:between"));
            if (COUNTERPART_VERBS.contains(lemma)) {
                List<IndexedWord> objects = standHolders(g, children(g, w, "obj"));
                if (!objects.isEmpty() && objects.stream().allMatch(o -> r.resolve(o).isEmpty())
                        && children(g, w, "obl:with").isEmpty()) {
                    return null;   // "visited the site", "received a letter": no counterpart
                }
                if (lemma.equals("visit")) {
                    List<Participant> visitors = new ArrayList<>();
                    addAll(visitors, r, children(g, w, "nsubj"));
                    List<Participant> hosts = new ArrayList<>();
                    addAll(hosts, r, destinations(r, objects, visitors));
                    sides.b.addAll(countriesOfCities(hosts, discourse));
                } else {
                    addAll(sides.b, r, objects);
                }
                addAll(sides.a, r, children(g, w, "nsubj:pass"));
            }
        }
        if (sides.between.isEmpty() && sides.a.isEmpty() && sides.b.isEmpty()) {
            sides.between.addAll(betweenByTokens(s, w, r));
        }
        EventDraft d = new EventDraft();
        d.type = EventType.MEET;
        if (sides.join(d, discourse, true)) {
            return d;
        }
        if (!w.tag().startsWith("NN")) {
            return null;
        }
        // "The meeting held fruitful discussions": the meeting the article has told of
        IndexedWord gov = g.getParent(w);
        d.refersBack = gov != null && relation(g, gov, w).startsWith("nsubj")
                && children(g, w, "det").stream().anyMatch(x -> x.lemma().equalsIgnoreCase("the"));
        return orphan(d);
    }

    /**
     * Who does what a verb says: its subject, else the raised one ("X is scheduled to meet Y"), else the noun
     * the parser hung a subjectless verb on: "adviser to the Ministry of Economy Elnur Aliyev met with ..."
     * came out as {@code dep(adviser, met)}, the long title before the name having made the noun
     * phrase the root (such verbs are only read this way when the sentence gives them no subject at all).
     */
    private static List<IndexedWord> subjects(SemanticGraph g, IndexedWord verb) {
        List<IndexedWord> direct = children(g, verb, "nsubj");
        if (!direct.isEmpty()) {
            return direct;
        }
        List<IndexedWord> raised = children(g, verb, "nsubj:xsubj");
        if (!raised.isEmpty() || !children(g, verb, "nsubj:pass").isEmpty()) {
            return raised;
        }
        IndexedWord head = g.getParent(verb);
        if (head != null && head.index() < verb.index() && head.tag().startsWith("NN")
                && relation(g, head, verb).equals("dep")) {
            IndexedWord up = g.getParent(head);
            // "A and his counterpart, B, held talks", the verb hung on the second conjunct: the subject is both
            return List.of(up != null && relation(g, up, head).startsWith("conj") ? up : head);
        }
        return List.of();
    }

    private static final Set<String> STAND_WORDS = Set.of("stand", "pavilion", "booth", "exposition", "display");

    /** "visited the stand of the Ministry": who keeps a stand at a show is whom its visitors meet. */
    private static List<IndexedWord> standHolders(SemanticGraph g, List<IndexedWord> objects) {
        List<IndexedWord> out = new ArrayList<>();
        for (IndexedWord o : objects) {
            List<IndexedWord> holders = List.of();
            if (STAND_WORDS.contains(o.lemma().toLowerCase(Locale.ROOT))) {
                holders = children(g, o, "nmod:of");
                holders = holders.isEmpty() ? children(g, o, "nmod:poss") : holders;
            }
            out.addAll(holders.isEmpty() ? List.of(o) : holders);
        }
        return out;
    }

    private static final Set<String> CREDENTIAL_VERBS = Set.of("present", "hand", "submit", "receive", "accept");

    /**
     * An envoy presenting credentials to a head of state, or the head of state receiving them: the
     * ceremony is a meeting of the two, though neither verb names one.
     */
    private static boolean isCredentials(SentenceView s, IndexedWord w) {
        return w.tag().startsWith("VB") && CREDENTIAL_VERBS.contains(w.lemma().toLowerCase(Locale.ROOT))
                && children(s.graph(), w, "obj").stream().anyMatch(o -> o.word().toLowerCase(Locale.ROOT).startsWith("credential"));
    }

    private static EventDraft orphan(EventDraft d) {
        d.orphan = true;
        return d;
    }

    /**
     * Whom a visit is to: an organisation; a country only when the visitor is a country's leader ("the
     * President's state visit to Ghana"), since a minister's trip to a country meets its ministries.
     */
    private List<IndexedWord> destinations(ParticipantResolver r, List<IndexedWord> places, List<Participant> visitors) {
        boolean stateVisit = !visitors.isEmpty() && visitors.stream().allMatch(p -> p.actor().kind() == ActorKind.COUNTRY);
        return stateVisit ? places : organisationsOnly(r, places);
    }

    /** A leader visiting "Ashgabat" visits Turkmenistan: the city stands for its country. */
    private List<Participant> countriesOfCities(List<Participant> hosts, Discourse discourse) {
        List<Participant> out = new ArrayList<>();
        for (Participant p : hosts) {
            if (p.actor().kind() == ActorKind.CITY) {
                factory.countryByCode(p.actor().country())
                        .ifPresent(c -> out.add(new Participant(discourse.actors.register(c), null)));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private List<IndexedWord> organisationsOnly(ParticipantResolver r, List<IndexedWord> words) {
        return words.stream().filter(x -> r.resolve(x).stream()
                .anyMatch(p -> p.actor().kind() != ActorKind.COUNTRY && p.actor().kind() != ActorKind.CITY)).toList();
    }

    // --- ATTEND: "X attended/participated in/was represented at G", "the participation of X in G"

    private EventDraft attend(SentenceView s, IndexedWord w, ParticipantResolver r, Discourse discourse) {
        SemanticGraph g = s.graph();
        String lemma = w.lemma().toLowerCase(Locale.ROOT);
        List<Participant> actors = new ArrayList<>();
        List<IndexedWord> places = new ArrayList<>();
        if (lemma.equals("part")) {
            // "took part in the forum"
            IndexedWord take = g.getParent(w);
            if (take == null || !take.lemma().equalsIgnoreCase("take")) {
                return null;
            }
            actors.addAll(resolveAll(r, children(g, take, "nsubj")));
            places.addAll(children(g, take, "obl:in"));
        } else if (w.tag().startsWith("NN")) {
            actors.addAll(resolveAll(r, children(g, w, "nmod:of")));
            actors.addAll(resolveAll(r, children(g, w, "nmod:poss")));
            places.addAll(children(g, w, "nmod:in"));
            places.addAll(children(g, w, "nmod:at"));
        } else {
            actors.addAll(resolveAll(r, children(g, w, "nsubj")));
            actors.addAll(resolveAll(r, children(g, w, "nsubj:pass")));
            IndexedWord predicate = g.getParent(w);
            if (predicate != null && relation(g, predicate, w).equals("csubj") && !children(g, predicate, "cop").isEmpty()) {
                // "Attending the event were the heads of government of A and B, deputy Prime Ministers of C":
                // the attendees are what the inverted clause says the attending was
                actors.addAll(r.resolve(predicate));
                actors.addAll(resolveAll(r, children(g, predicate, "appos")));
            }
            places.addAll(children(g, w, "obj"));
            places.addAll(children(g, w, "obl:in"));
            places.addAll(children(g, w, "obl:at"));
            if (triggers.isPassiveOnly(lemma) && children(g, w, "nsubj:pass").isEmpty()) {
                return null;
            }
        }
        Discourse.Gathering gathering = null;
        for (IndexedWord p : places) {
            gathering = gatheringOf(s, p, discourse);
            if (gathering == null && !ATTEND_BY_LOCATION.contains(lemma)) {
                gathering = namedGathering(s, p, discourse);
            }
            if (gathering != null) {
                break;
            }
        }
        if (gathering == null && !w.tag().startsWith("NN") && !ATTEND_BY_LOCATION.contains(lemma)) {
            gathering = gatheringAfter(s, w, discourse);
        }
        Optional<IndexedWord> gatheringWord = places.stream()
                .filter(p -> GatheringFinder.isGatheringHead(s.token(p.index() - 1))).findFirst();
        if (gathering == null && gatheringWord.isPresent()) {
            // "is also taking part in the exhibition": the gathering the article named before, or names later
            gathering = discourse.lastGathering().orElseGet(() -> Discourse.Gathering.unnamed(gatheringWord.get().lemma()));
        }
        if (gathering == null && places.stream().anyMatch(p -> isEventReference(g, p))) {
            // "Attending the event were ...": only a gathering already named can be "the event"
            gathering = discourse.lastGathering().orElse(null);
            if (gathering == null && !actors.isEmpty()) {
                discourse.wantContext();
            }
        }
        if (gathering != null && gathering.isUnnamed() && !actors.isEmpty()) {
            discourse.wantContext();
        }
        if (gathering == null || actors.isEmpty()) {
            return null;
        }
        EventDraft d = new EventDraft();
        d.type = EventType.ATTEND;
        d.eventName = gathering.name();
        d.parties.addAll(dropRedundantCountries(actors));
        return d;
    }

    /** "the 12th Meeting", "the first session": a numbered edition of a recurring gathering. */
    private static boolean isEdition(SentenceView s, IndexedWord noun) {
        return children(s.graph(), noun, "amod").stream().anyMatch(m -> "ORDINAL".equals(s.token(m.index() - 1).ner()));
    }

    /** How far up from a meeting noun its clause's verb may be: "stressed the partnership at a meeting with". */
    private static final int CLAUSE_DEPTH = 4;

    /** The subject of the nearest verb above a noun ("X highlighted ... at a meeting with Y"), or none. */
    private List<IndexedWord> subjectAbove(SemanticGraph g, IndexedWord noun) {
        IndexedWord up = g.getParent(noun);
        for (int depth = 0; up != null && depth < CLAUSE_DEPTH; depth++, up = g.getParent(up)) {
            if (up.tag().startsWith("VB")) {
                // "during a meeting with Y, the parties discussed": both sides, not the one who met Y
                return children(g, up, "nsubj").stream().filter(x -> !PARTY_REFERENCES.contains(x.lemma().toLowerCase(Locale.ROOT))
                        && !x.lemma().equalsIgnoreCase("they") && !x.lemma().equalsIgnoreCase("we")).toList();
            }
        }
        return List.of();
    }

    /**
     * The subject of {@code predicate}, else the nearest subject written before {@code w}: parsers often hang
     * the subject before a parenthetical ("The delegation of X, while on a visit to Y, ...") on a later verb,
     * or leave it as the sentence's root.
     */
    private static List<IndexedWord> precedingSubject(SemanticGraph g, IndexedWord predicate, IndexedWord w) {
        List<IndexedWord> own = children(g, predicate, "nsubj");
        if (!own.isEmpty()) {
            return own;
        }
        IndexedWord best = null;
        for (SemanticGraphEdge e : g.edgeIterable()) {
            IndexedWord d = e.getDependent();
            if (e.getRelation().toString().startsWith("nsubj") && d.index() < w.index()
                    && (best == null || d.index() > best.index())) {
                best = d;
            }
        }
        IndexedWord root = g.getFirstRoot();
        if (best == null && root != null && root.tag().startsWith("NN") && root.index() < w.index()) {
            best = root;   // the subject left as the root of a sentence whose verb the parser lost
        }
        return best == null ? List.of() : List.of(best);
    }

    /**
     * "his first visit since assuming office in September 2022": a date in a "since" phrase bounds the time
     * since something else happened; it is not when the event did.
     */
    private static boolean afterSince(SentenceView s, DateResolver.DateMention m) {
        for (int k = Math.max(0, m.begin() - 4); k < m.begin(); k++) {
            if (s.token(k).word().equalsIgnoreCase("since")) {
                return true;
            }
        }
        return false;
    }

    /** "the event", "this event": a definite reference to some gathering, which word says nothing of its kind. */
    private static boolean isEventReference(SemanticGraph g, IndexedWord w) {
        return w != null && w.lemma().equalsIgnoreCase("event") && w.tag().equals("NN")
                && children(g, w, "det").stream().anyMatch(d -> d.lemma().matches("(?i)the|this"));
    }

    /**
     * "attended the 3rd Cross-Border Forum Kazakhstan-China held on June 26", where the parser made the
     * forum the subject of "held": the gathering named in the phrase right after the verb.
     */
    private static Discourse.Gathering gatheringAfter(SentenceView s, IndexedWord verb, Discourse discourse) {
        for (int k = verb.index(); k < Math.min(s.tokens().size(), verb.index() + 10); k++) {
            CoreLabel t = s.token(k);
            if (t.tag().startsWith("VB") || t.word().matches("[,;.:]")) {
                break;
            }
            if (GatheringFinder.isGatheringHead(t)) {
                return GatheringFinder.at(s, k, discourse).orElse(null);
            }
        }
        return null;
    }

    /** "participated in IDEF": what one attends is a gathering even without a head noun, if it has a name. */
    private Discourse.Gathering namedGathering(SentenceView s, IndexedWord w, Discourse discourse) {
        int i = w.index() - 1;
        if (!s.token(i).tag().startsWith("NNP")) {
            return null;
        }
        int b = i;
        int e = i + 1;
        while (b > 0 && (s.token(b - 1).tag().startsWith("NNP") || s.token(b - 1).tag().equals("CD"))) {
            b--;
        }
        while (e < s.tokens().size() && (s.token(e).tag().startsWith("NNP") || s.token(e).tag().equals("CD")
                || s.token(e).word().equals("-"))) {
            e++;
        }
        String name = MentionFinder.text(s.tokens(), b, e);
        Optional<ActorMention> m = s.mentionAt(i);
        if (m.isPresent() && m.get().place()) {
            return null;
        }
        discourse.gathering(new Discourse.Gathering(name, null, null));
        return discourse.gathering(name).orElse(null);
    }

    private Discourse.Gathering gatheringOf(SentenceView s, IndexedWord w, Discourse discourse) {
        Optional<Discourse.Gathering> g = GatheringFinder.at(s, w.index() - 1, discourse);
        if (g.isPresent()) {
            return g.get();
        }
        for (IndexedWord c : s.graph().getChildren(w)) {
            if (GatheringFinder.isGatheringHead(s.token(c.index() - 1))) {
                g = GatheringFinder.at(s, c.index() - 1, discourse);
                if (g.isPresent()) {
                    return g.get();
                }
            }
        }
        // "the Cultural Tourism international fair" parsed with "Tourism" as head: the head noun follows
        for (int k = w.index(); k < Math.min(s.tokens().size(), w.index() + 3); k++) {
            if (GatheringFinder.isGatheringHead(s.token(k))) {
                return GatheringFinder.at(s, k, discourse).orElse(null);
            }
            if (!s.token(k).tag().matches("JJ|NN.*")) {
                break;
            }
        }
        return null;
    }

    // --- attributes common to all types

    /** Whether a date ("1997", "2021-06", "2021-06-15/2021-06-17") ends before the day's own year, month or day. */
    private static boolean isBefore(String date, LocalDate day) {
        String end = date.contains("/") ? date.substring(date.indexOf('/') + 1) : date;
        String same = day.toString().substring(0, Math.min(end.length(), 10));
        return end.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") && end.compareTo(same) < 0;
    }

    private void finish(EventDraft d, SentenceView s, IndexedWord w, StatusClassifier.Reading reading,
                        Discourse discourse, LocalDate published) {
        SemanticGraph g = s.graph();
        List<Discourse.Gathering> settings = settings(s, discourse);
        if (d.eventName == null && !settings.isEmpty()) {
            d.eventName = settings.get(0).name();
        }
        settings.stream().map(Discourse.Gathering::name).filter(n -> !n.equals(d.eventName)).forEach(d.alsoAt::add);
        Discourse.Gathering known = d.eventName == null ? null : discourse.gathering(d.eventName).orElse(null);
        List<DateResolver.DateMention> mentioned = dates.dates(s.sentence(), published, discourse.lastDay()).stream()
                .filter(m -> !afterSince(s, m)).toList();
        String date = closestDate(g, w, mentioned);
        if (date == null && known != null) {
            date = known.date();
        }
        // "were arriving on May 9": the progressive with a day ahead tells of what is arranged (a futurate)
        if (!isProgressive(g, w)) {
            date = pastIfUndated(date, reading, mentioned, published);
        }
        d.status = statuses.status(reading, date, published);
        if (d.status == Status.PLANNED && date != null && published != null && isBefore(date, published)) {
            date = null;   // "the council, founded in 1990, will meet again": a plan's date is ahead
        }
        d.date = date;   // null: the assembler gives current news its publication month
        d.location = location(s, w, d);
        if (d.location == null && known != null) {
            d.location = known.location();
        }
        if (d.location != null && d.status == org.entente.event.Status.DONE) {
            discourse.scene(d.location);
        } else if (d.location == null && d.status == org.entente.event.Status.DONE) {
            d.location = discourse.scene().orElse(null);
        }
    }

    /**
     * Where the article's story is set: the dateline city, the destination of a visit or trip. Events
     * without a place of their own happened there.
     */
    private void updateScene(SentenceView s, Discourse discourse) {
        if (s.index() < Dateline.HEAD_SENTENCES && discourse.firstScene().isEmpty()) {
            datelinePlace(s).ifPresent(discourse::scene);
        }
        for (IndexedWord w : s.graph().vertexListSorted()) {
            String l = w.lemma().toLowerCase(Locale.ROOT);
            if (!(l.equals("visit") || l.equals("trip") || l.equals("tour"))
                    || statuses.read(s.graph(), w) != StatusClassifier.Reading.DONE) {
                continue;   // a planned visit does not move the story there
            }
            for (SemanticGraphEdge e : s.graph().outgoingEdgeList(w)) {
                String rel = e.getRelation().toString();
                if (rel.equals("nmod:to") || rel.equals("obl:to") || rel.equals("obj") && w.tag().startsWith("VB")) {
                    s.mentionAt(e.getDependent().index() - 1).filter(ActorMention::place).ifPresent(m ->
                            discourse.scene(new Place(MentionFinder.text(s.tokens(), m.begin(), m.end()),
                                    m.actor().country())));
                    List<IndexedWord> destinations = new ArrayList<>(List.of(e.getDependent()));
                    destinations.addAll(children(s.graph(), e.getDependent(), "conj:and"));
                    destinations.forEach(dest -> s.mentionAt(dest.index() - 1).filter(ActorMention::place)
                            .ifPresent(m -> discourse.visited(m.actor().country())));
                }
            }
        }
    }

    private static final Set<String> DATELINE_MARKS = Set.of(",", "—", "–", "-", "--", ":", ".");

    /**
     * The place a dateline opens a sentence with: "BAKU, Azerbaijan, July 26.", "Hanoi (VNA) –",
     * "VIETNAM, June 23 - HÀ NỘI —", "New Delhi:". Of the places it lists, the city, in the country the dateline
     * names when the gazetteer does not place it ("LIMA, Peru": four capitals read as an acronym).
     */
    private static Optional<Place> datelinePlace(SentenceView s) {
        List<ActorMention> places = new ArrayList<>();
        boolean marked = false;
        int i = 0;
        while (i < s.tokens().size()) {
            Optional<ActorMention> m = s.mentionAt(i);
            String word = s.token(i).word();
            if (m.isPresent() && m.get().place() && m.get().begin() == i) {
                places.add(m.get());
                i = m.get().end();
            } else if (word.equals("(") || word.equals("-LRB-")) {
                int close = i + 1;
                while (close < s.tokens().size() && close <= i + 6 && !s.token(close).word().matches("\\)|-RRB-")) {
                    close++;
                }
                i = close + 1;   // "(VNA)", "(UTC+04:00)": the agency or the time zone
            } else if (DATELINE_MARKS.contains(word) || "DATE".equals(s.token(i).ner()) || "TIME".equals(s.token(i).ner())) {
                marked |= !places.isEmpty();
                i++;
            } else {
                break;
            }
        }
        // a line of nothing but places is a dateline set apart ("ASTANA" above the story)
        marked |= i == s.tokens().size() && s.index() == 0;
        boolean listGoesOn = i < s.tokens().size() && (s.token(i).word().matches("(?i)and|or|&")
                || s.token(i).tag().startsWith("VB"));   // "Turkey, Azerbaijan and Georgia signed"
        // a dateline ends on a mark or its date before the story: "Chile, Peru sign ..." is a headline's subject
        boolean storyFollowsPlace = i < s.tokens().size() && !places.isEmpty() && places.get(places.size() - 1).end() == i;
        if (places.isEmpty() || places.get(0).begin() != 0 || !marked || listGoesOn || storyFollowsPlace) {
            return Optional.empty();
        }
        ActorMention first = places.stream().filter(m -> m.actor().kind() == org.entente.event.ActorKind.CITY)
                .findFirst().orElse(places.get(0));
        String country = first.actor().country() != null ? first.actor().country()
                : places.stream().filter(m -> m.actor().kind() == org.entente.event.ActorKind.COUNTRY)
                        .map(m -> m.actor().country()).findFirst().orElse(null);
        return Optional.of(new Place(MentionFinder.text(s.tokens(), first.begin(), first.end()), country));
    }

    /** "Caspian Trade Expo 2020, held in Baku on October 6-9": a gathering's own date and place. */
    private void describeGatherings(SentenceView s, Discourse discourse, LocalDate published) {
        List<DateResolver.DateMention> mentioned = dates.dates(s.sentence(), published, discourse.lastDay());
        mentioned.stream().map(DateResolver.DateMention::value).filter(v -> v.length() == 10)
                .reduce((a, b) -> b).ifPresent(discourse::dayNamed);
        // "IDEF-2023": a proper name glued to its year is an edition of a recurring event
        for (int i = 0; i < s.tokens().size(); i++) {
            String w = s.token(i).word();
            if (w.matches("\\p{Lu}[\\p{L}&]+-(19|20)\\d\\d") && s.mentionAt(i).isEmpty()
                    && discourse.gathering(w).isEmpty()) {
                discourse.gathering(new Discourse.Gathering(w, null, null));
            }
        }
        for (int i = 0; i < s.tokens().size(); i++) {
            if (!GatheringFinder.isGatheringHead(s.token(i))) {
                continue;
            }
            Optional<Discourse.Gathering> g = GatheringFinder.at(s, i, discourse);
            IndexedWord head = s.graph().getNodeByIndexSafe(i + 1);
            if (g.isEmpty() || g.get().isUnnamed() || head == null) {
                continue;
            }
            String date = closestDate(s.graph(), head, mentioned);
            java.util.OptionalInt edition = DateResolver.yearOfName(g.get().name());
            if (date == null && published == null && edition.isPresent()) {
                // an undated article's "Caspian Trade Expo 2020, held on October 6-9": the edition gives the year
                date = closestDate(s.graph(), head, dates.datesInYear(s.sentence(), edition.getAsInt()));
            }
            Place place = null;
            for (int k = i + 1; k < s.tokens().size() - 1; k++) {
                if (s.token(k).word().equals("in")) {
                    Optional<ActorMention> m = s.mentionAt(k + 1);
                    if (m.isPresent() && m.get().place()) {
                        place = new Place(MentionFinder.text(s.tokens(), m.get().begin(), m.get().end()),
                                m.get().actor().country());
                        break;
                    }
                }
            }
            discourse.gathering(new Discourse.Gathering(g.get().name(), date, place));
        }
    }

    /** Whether a word is where a visit or arrival goes: "visited Ghana", "a visit to Ghana", "arrived in Ghana". */
    private static boolean isDestination(SemanticGraph g, IndexedWord trigger, IndexedWord place) {
        String lemma = trigger.lemma().toLowerCase(Locale.ROOT);
        SemanticGraphEdge e = g.getEdge(trigger, place);
        if (e == null) {
            return false;
        }
        String rel = e.getRelation().toString();
        return lemma.equals("visit") && (rel.equals("obj") || rel.equals("obl:to") || rel.equals("nmod:to"))
                || lemma.equals("arrive") && rel.equals("obl:in");
    }

    /**
     * "the visit of the Azerbaijani Ambassador to Korea to Gyeongbuk Province": a place right after an envoy's
     * title and "to" is the title's posting, though the parser may hang it on the visit.
     */
    private static boolean isPosting(SentenceView s, SemanticGraph g, IndexedWord place) {
        for (IndexedWord c : g.getChildren(place)) {
            if (c.lemma().equalsIgnoreCase("to") && c.index() >= 2 && relation(g, place, c).equals("case")) {
                String before = s.token(c.index() - 2).word().toLowerCase(Locale.ROOT);
                return TitleOrganisations.POSTED_TITLES.contains(before);
            }
        }
        return false;
    }

    /** "were arriving", "is meeting": a verb in the progressive. */
    private static boolean isProgressive(SemanticGraph g, IndexedWord w) {
        return w.tag().equals("VBG") && children(g, w, "aux").stream().anyMatch(a -> a.lemma().equals("be"));
    }

    /**
     * "signed on February 18", read in September: a past event with a day and month but no year is in the
     * past year, even where SUTime resolved it forward.
     */
    private static String pastIfUndated(String date, StatusClassifier.Reading reading,
                                        List<DateResolver.DateMention> mentioned, LocalDate published) {
        if (date == null || published == null || reading != StatusClassifier.Reading.DONE || date.contains("/")) {
            return date;
        }
        boolean explicitYear = mentioned.stream().anyMatch(m -> m.value().equals(date) && m.explicitYear());
        if (explicitYear || date.length() < 7 || date.compareTo(published.toString().substring(0, date.length())) <= 0) {
            return date;
        }
        boolean weekday = mentioned.stream().anyMatch(m -> m.value().equals(date) && m.weekday());
        if (weekday && date.length() == 10) {
            return LocalDate.parse(date).minusWeeks(1).toString();   // "on Friday" in past news: last Friday
        }
        int year = Integer.parseInt(date.substring(0, 4)) - 1;
        return year + date.substring(4);
    }

    /**
     * The gatherings the sentence's event took place at, in order: "during the exhibition", "on the sidelines
     * of the forum", "within the framework of the A Meeting and the B Meeting".
     */
    private List<Discourse.Gathering> settings(SentenceView s, Discourse discourse) {
        List<Discourse.Gathering> out = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            if (GatheringFinder.isGatheringHead(s.token(i)) && (isSetting(s, i) || introducedAsSetting(s, i))) {
                GatheringFinder.at(s, i, discourse).filter(g -> !out.contains(g)).ifPresent(out::add);
            } else if (isEventReference(s.graph(), s.graph().getNodeByIndexSafe(i + 1))
                    && (isSetting(s, i) || introducedAsSetting(s, i))) {
                // "During the event, the sides discussed": the gathering the article last named
                discourse.lastGathering().filter(g -> !out.contains(g)).ifPresent(out::add);
            }
        }
        return out;
    }

    private static final Set<String> SETTING_PREPOSITIONS = Set.of("during", "at", "within", "amid");

    /**
     * The words before a gathering's name make it the scene, where the parser lost the phrase: "within the
     * framework of the X Meeting", "at the Y Forum", and a gathering joined to such a one by "and".
     */
    private static boolean introducedAsSetting(SentenceView s, int head) {
        int k = GatheringFinder.span(s, head).begin() - 1;
        while (k >= 0 && (s.token(k).tag().equals("DT") || GatheringFinder.isQuote(s.token(k)))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String word = s.token(k).word().toLowerCase(Locale.ROOT);
        if (SETTING_PREPOSITIONS.contains(word)) {
            return true;
        }
        if (word.equals("of") && k > 0) {
            return SETTING_NOUNS.contains(s.token(k - 1).lemma().toLowerCase(Locale.ROOT));
        }
        return word.equals("and") && k > 0 && GatheringFinder.isGatheringHead(s.token(k - 1))
                && (isSetting(s, k - 1) || introducedAsSetting(s, k - 1));
    }

    private static final Set<String> SETTING_RELATIONS = Set.of("obl:during", "obl:at", "obl:within", "nmod:at",
            "obl:on", "nmod:during", "obl:as", "acl:during", "nmod:on");
    private static final Set<String> SETTING_NOUNS = Set.of("sideline", "margin", "framework", "part", "day",
            "course", "opening", "session", "edge");

    /** Whether a gathering is the scene of the sentence's event: "during the forum", "on the sidelines of". */
    private static boolean isSetting(SentenceView s, int headIndex) {
        return isSetting(s, s.graph().getNodeByIndexSafe(headIndex + 1), true);
    }

    /** Also through one appositive, conjunct or compound: the parser splits long names ("Aviation, ... Festival"). */
    private static boolean isSetting(SentenceView s, IndexedWord head, boolean followName) {
        if (head == null) {
            return false;
        }
        for (SemanticGraphEdge e : s.graph().incomingEdgeList(head)) {
            String rel = e.getRelation().toString();
            if (followName && (rel.equals("appos") || rel.startsWith("conj") || rel.equals("compound"))
                    && isSetting(s, e.getGovernor(), false)) {
                return true;
            }
            if (SETTING_RELATIONS.contains(rel)) {
                return true;
            }
            if (rel.startsWith("nmod:of") && SETTING_NOUNS.contains(e.getGovernor().lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private String closestDate(SemanticGraph g, IndexedWord w, List<DateResolver.DateMention> mentioned) {
        if (mentioned.isEmpty()) {
            return null;
        }
        DateResolver.DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateResolver.DateMention m : mentioned) {
            // the nearest of the mention's words: "on May 9" hangs on the verb by "May", not by "9"
            int dist = 99;
            for (int i = m.begin() + 1; i <= m.end(); i++) {
                IndexedWord x = g.getNodeByIndexSafe(i);
                if (x != null) {
                    dist = Math.min(dist, pathLength(g, w, x));
                }
            }
            if (dist < bestDistance) {
                bestDistance = dist;
                best = m;
            }
        }
        return best == null ? null : best.value();
    }

    private static int pathLength(SemanticGraph g, IndexedWord a, IndexedWord b) {
        List<?> path = g.getShortestUndirectedPathNodes(a, b);
        return path == null ? 99 : path.size();
    }

    /** Nodes on the path from a trigger to a place it happened in: the trigger, one word between, the place. */
    private static final int NEAR_PLACE_PATH = 3;

    private Place location(SentenceView s, IndexedWord w, EventDraft d) {
        SemanticGraph g = s.graph();
        List<IndexedWord> candidates = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            if (rel.equals("obl:in") || rel.equals("nmod:in") || rel.equals("obl:at")
                    || isDestination(g, w, e.getDependent())) {
                candidates.add(e.getDependent());
            }
        }
        List<IndexedWord> venuePlaces = new ArrayList<>();
        for (int i = 1; i < s.tokens().size(); i++) {
            IndexedWord x = g.getNodeByIndexSafe(i + 1);
            if (x == null || !s.token(i - 1).word().equalsIgnoreCase("in")) {
                continue;
            }
            IndexedWord venue = g.getParent(x);
            if (pathLength(g, w, x) <= NEAR_PLACE_PATH) {
                // "met in Baku", "the signing ceremony in Baku"; not "a service center in Azerbaijan"
                candidates.add(x);
            } else if (venue != null && relation(g, venue, x).equals("nmod:in")
                    && GatheringFinder.isGatheringHead(s.token(venue.index() - 1)) && isSetting(s, venue, true)) {
                // "signed ... at the third forum in Urumqi", the forum's phrase attached far from the trigger
                venuePlaces.add(x);
            }
        }
        candidates.addAll(venuePlaces);
        for (IndexedWord c : candidates) {
            Optional<ActorMention> m = s.mentionAt(c.index() - 1);
            if (m.isPresent() && m.get().place()) {
                Actor a = m.get().actor();
                boolean party = d.parties.stream().anyMatch(p -> p.actor().equals(a));
                // "visited Ghana", "arrived in Pakistan": the host country is a party and where it happens
                if (!party || isDestination(g, w, c)) {
                    return new Place(MentionFinder.text(s.tokens(), m.get().begin(), m.get().end()), a.country());
                }
            }
        }
        return null;
    }

    // --- helpers

    /** The two sides of an interaction as the grammar gives them, joined with the discourse's help. */
    private final class Sides {
        final List<Participant> a = new ArrayList<>();
        final List<Participant> b = new ArrayList<>();
        final List<Participant> between = new ArrayList<>();
        private final SentenceView sentence;

        Sides(SentenceView sentence) {
            this.sentence = sentence;
        }

        boolean join(EventDraft d, Discourse discourse, boolean pairwise) {
            if (DEBUG) {
                System.err.println("SIDES a=" + a + " b=" + b + " between=" + between);
            }
            separateCounterparts(a, b, discourse);
            separateCounterparts(b, a, discourse);
            placeStatelessOffices(List.of(a, b, between), discourse);
            List<Participant> one = distinct(a);
            List<Participant> many = distinct(b);
            if (pairwise && between.isEmpty() && one.isEmpty() && many.size() >= 2) {
                // "met with the heads of A, B and C", the subject lost to a bad parse: they did not meet one
                // another; the article's protagonist met them, or nobody the sentence lets us name
                Optional<Actor> hero = discourse.protagonist();
                if (hero.isEmpty() || many.stream().noneMatch(p -> acrossBorders(hero.get(), p.actor()))) {
                    return false;
                }
                one = List.of(new Participant(hero.get(), null));
                a.add(one.get(0));
                d.confidence = 0.6;
            }
            if (pairwise && between.isEmpty() && one.size() == 1 && many.size() >= 2) {
                for (Participant counterpart : many) {
                    if (!counterpart.actor().equals(one.get(0).actor())) {
                        d.pairs.add(List.of(one.get(0), counterpart));
                    }
                }
            }
            List<Participant> all = distinct(a, b, between);
            Optional<Actor> partner = all.size() == 1 ? pairedCountry(sentence, all.get(0).actor()) : Optional.empty();
            if (partner.isPresent()) {
                all = new ArrayList<>(List.of(all.get(0), new Participant(discourse.actors.register(partner.get()), null)));
                d.confidence = 0.6;
            } else if (all.size() == 1) {
                Optional<Actor> hero = discourse.protagonist();
                if (hero.isEmpty() || hero.get().equals(all.get(0).actor())
                        || !acrossBorders(hero.get(), all.get(0).actor())) {
                    return false;
                }
                all = new ArrayList<>(List.of(new Participant(hero.get(), null), all.get(0)));
                d.confidence = 0.6;
            }
            all = dropRedundantCountries(all);
            if (all.size() < 2) {
                return false;
            }
            d.parties.addAll(all);
            return true;
        }
    }

    /**
     * "Minister Fidan met Rashid Meredov, Minister of Foreign Affairs of Turkmenistan": two people holding the
     * same office on the two sides of a meeting are counterparts. The one whose title does not name the
     * office's country acts for the same office of the article's other country. Two people of one country
     * (a president and the country's ambassador) are no counterparts: their meeting is a domestic one.
     */
    private void separateCounterparts(List<Participant> one, List<Participant> other, Discourse discourse) {
        for (int i = 0; i < one.size(); i++) {
            Participant p = one.get(i);
            for (Participant q : other) {
                if (p.person() == null || q.person() == null || !p.actor().equals(q.actor())
                        || p.actor().country() == null || p.actor().kind() == ActorKind.COUNTRY
                        || p.person().name().equals(q.person().name())
                        || namesCountry(p) || !namesCountry(q)) {
                    continue;
                }
                Actor office = p.actor();
                Optional<String> elsewhere = discourse.homeCountry(List.of(), Set.of(office.country()));
                if (elsewhere.isPresent()) {
                    int of = office.name().lastIndexOf(" of ");
                    String base = of > 0 && factory.country(office.name().substring(of + 4))
                            .filter(c -> c.country().equals(office.country())).isPresent()
                            ? office.name().substring(0, of) : office.name();
                    Actor mine = new Actor(base, elsewhere.get(), office.kind());
                    one.set(i, new Participant(mine,
                            new Person(p.person().name(), p.person().title(), mine.name())));
                }
                break;
            }
        }
    }

    /**
     * A government body is always some country's: "the Minister of Foreign Affairs and International
     * Cooperation" signing with Kenya's ministry is of the article's other country.
     */
    private static void placeStatelessOffices(List<List<Participant>> sides, Discourse discourse) {
        java.util.Set<String> known = new java.util.HashSet<>();
        sides.forEach(l -> l.stream().map(p -> p.actor().country()).filter(java.util.Objects::nonNull).forEach(known::add));
        if (known.isEmpty()) {
            return;
        }
        for (List<Participant> side : sides) {
            for (int i = 0; i < side.size(); i++) {
                Participant p = side.get(i);
                if (p.actor().kind() != ActorKind.GOV || p.actor().country() != null) {
                    continue;
                }
                // not the scene's country nor one the story visits: a ministry abroad meets its hosts there
                java.util.Set<String> notHome = new java.util.HashSet<>(known);
                notHome.addAll(discourse.visitedCountries());
                Optional<String> home = discourse.likelyHomeOfOffice(notHome);
                if (home.isPresent()) {
                    Actor placed = discourse.actors.register(new Actor(p.actor().name(), home.get(), ActorKind.GOV));
                    side.set(i, new Participant(placed, p.person() == null ? null
                            : new Person(p.person().name(), p.person().title(), placed.name())));
                }
            }
        }
    }

    /** Whether a participant's own title says which country its body belongs to. */
    private boolean namesCountry(Participant p) {
        String title = p.person().title();
        return title != null && countries.counts(title).containsKey(p.actor().country());
    }

    /**
     * The article's protagonist stands in for an unnamed side only when the named side is foreign to it;
     * "a meeting of the Parliament" in a domestic story is no cooperation event.
     */
    private static boolean acrossBorders(Actor hero, Actor named) {
        if (named.country() == null) {
            return named.kind() == ActorKind.IGO || named.kind() == ActorKind.BUS;
        }
        return hero.country() == null || !hero.country().equals(named.country());
    }

    @SafeVarargs
    private static List<Participant> distinct(List<Participant>... lists) {
        Map<Actor, Participant> out = new LinkedHashMap<>();
        for (List<Participant> l : lists) {
            for (Participant p : l) {
                out.merge(p.actor(), p, (x, y) -> x.person() != null ? x : y);
            }
        }
        return new ArrayList<>(out.values());
    }

    /** A country is a party only when the text names no body of that country among the parties. */
    static List<Participant> dropRedundantCountries(List<Participant> parties) {
        List<Participant> out = new ArrayList<>();
        for (Participant p : parties) {
            boolean redundant = p.actor().kind() == ActorKind.COUNTRY && parties.stream().anyMatch(q ->
                    q.actor().kind() != ActorKind.COUNTRY && p.actor().country() != null
                            && p.actor().country().equals(q.actor().country()));
            if (!redundant) {
                out.add(p);
            }
        }
        return out;
    }

    private static void addAll(List<Participant> into, ParticipantResolver r, List<IndexedWord> words) {
        for (IndexedWord w : words) {
            into.addAll(r.resolve(w));
        }
    }

    private static List<Participant> resolveAll(ParticipantResolver r, List<IndexedWord> words) {
        List<Participant> out = new ArrayList<>();
        addAll(out, r, words);
        return out;
    }

    private static List<IndexedWord> children(SemanticGraph g, IndexedWord w, String relation) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (e.getRelation().toString().equals(relation)) {
                out.add(e.getDependent());
            }
        }
        return out;
    }

    private static IndexedWord child(SemanticGraph g, IndexedWord w, String relation) {
        List<IndexedWord> c = children(g, w, relation);
        return c.isEmpty() ? null : c.get(0);
    }

    private static String relation(SemanticGraph g, IndexedWord gov, IndexedWord dep) {
        SemanticGraphEdge e = g.getEdge(gov, dep);
        return e == null ? "" : e.getRelation().toString();
    }

    /** "Shusha Declaration", "Paris Air Show": a trigger-like word inside a proper name is not a trigger. */
    private static boolean insideName(SentenceView s, IndexedWord w) {
        return w.tag().startsWith("NNP") && GatheringFinder.isGatheringHead(s.token(w.index() - 1));
    }
}
