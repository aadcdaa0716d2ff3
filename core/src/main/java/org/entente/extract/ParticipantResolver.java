package org.entente.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.actor.ActorFactory;
import org.entente.actor.ActorMention;
import org.entente.actor.MentionFinder;
import org.entente.event.Actor;
import org.entente.event.ActorKind;
import org.entente.event.Person;
import org.entente.instrument.InstrumentClassifier;
import org.entente.lexicon.WordList;

/**
 * From a word in an argument position of a trigger to the actors it stands for. A word may be an actor
 * mention ("USAID"), a person ("Orkhan Mammadov", mapped to the organisation they act for), a proxy
 * ("the management of Nexter", "a delegation headed by ..."), a title ("the Minister of Agriculture"),
 * a demonym side ("the French side") or a reference to the last parties ("the parties", "both sides").
 */
final class ParticipantResolver {
    private static final Set<String> PROXIES = WordList.load("proxies.tsv").firstColumn();
    private static final WordList REFERENCES = WordList.load("references.tsv");
    private static final Set<String> PARTY_WORDS = REFERENCES.rows().stream().filter(r -> r.length == 1)
            .map(r -> r[0]).collect(Collectors.toUnmodifiableSet());
    /** "both ministers", "the two leaders": people who refer back to the parties only when counted. */
    private static final Set<String> COUNTED_PARTY_WORDS = REFERENCES.rows().stream()
            .filter(r -> r.length > 1 && r[1].equals("counted")).map(r -> r[0]).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> TITLE_WORDS = WordList.load("titles.tsv").firstColumn();
    private static final Set<String> ORG_HEADS = WordList.load("organisation-heads.tsv").firstColumn();
    /** How a plural noun names its members: "companies such as X and Y", "such companies as X", "firms including X". */
    private static final Set<String> MEMBER_RELATIONS = Set.of("nmod:as", "nmod:such_as", "nmod:including", "appos");
    /** Plural heads whose named members are companies, whatever NER made of the names. */
    private static final Set<String> COMPANY_HEADS = Set.of("company", "firm", "enterprise", "corporation", "manufacturer");
    /** Party words that stand for countries: "the two countries", "both nations". */
    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "state");
    /**
     * Relations that say where a proxy or a person is: "the UAE's Foreign Minister in Wellington" is the UAE's,
     * only met in Wellington.
     */
    private static final Set<String> WHEREABOUTS = Set.of("nmod:in", "nmod:at");
    /** Relations through which a proxy or a person leads to whom it belongs. */
    private static final List<String> BELONGS = List.of("nmod:of", "nmod:poss", "compound", "nmod:from", "nmod:as",
            "nmod:such_as", "nmod:at", "nmod:to", "nmod:for", "appos", "amod", "nmod:in", "acl", "obl:agent",
            "obl:by", "nmod:including", "dep", "nmod");

    /** Verbs by which a proxy leads to its head: "a delegation headed / led / chaired by ...". */
    private static final Set<String> LEADING_VERBS = Set.of("head", "lead", "chair");
    private static final Set<String> AGENT_RELATIONS = Set.of("obl:by", "obl:agent", "nmod:agent");

    private final SentenceView s;
    private final Discourse discourse;
    private final ActorFactory factory;

    ParticipantResolver(SentenceView sentence, Discourse discourse, ActorFactory factory) {
        this.s = sentence;
        this.discourse = discourse;
        this.factory = factory;
    }

    /** The participants a word stands for, with its conjuncts ("Siemens, Bosch and Danieli"). */
    List<Participant> resolve(IndexedWord w) {
        Map<Actor, Participant> out = new LinkedHashMap<>();
        collect(w, 0, out);
        for (IndexedWord c : s.graph().getChildrenWithReln(w, edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations
                .valueOf("conj:and"))) {
            collect(c, 0, out);
        }
        return new ArrayList<>(out.values());
    }

    private void collect(IndexedWord w, int depth, Map<Actor, Participant> out) {
        if (depth > 4) {
            return;
        }
        int i = w.index() - 1;
        Optional<ActorMention> m = s.mentionAt(i);
        CoreLabel t = s.token(i);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (t.tag().endsWith("S") && ORG_HEADS.contains(singular(lemma))) {
            // "the Ministries of Foreign Affairs of A and B" are two bodies; without their countries named they
            // are the other parties' bodies, said again, and no actor of their own; "the UAE Chambers of Commerce"
            // names its country and is one body
            if (!distributePlural(w, out) && m.isPresent() && countryBefore(m.get(), i)) {
                add(out, new Participant(m.get().actor(), null));
            } else if (m.isEmpty()) {
                Map<Actor, Participant> members = new LinkedHashMap<>();
                for (SemanticGraphEdge e : s.graph().outgoingEdgeList(w)) {
                    if (MEMBER_RELATIONS.contains(e.getRelation().toString())) {
                        member(e.getDependent(), singular(lemma), depth, members);
                        for (SemanticGraphEdge c : s.graph().outgoingEdgeList(e.getDependent())) {
                            if (c.getRelation().toString().startsWith("conj")) {
                                member(c.getDependent(), singular(lemma), depth, members);
                            }
                        }
                    }
                }
                if (members.isEmpty()) {
                    // "Chilean companies signed contracts": bodies of a country the text does not name one by one
                    demonymCountries(w).forEach(a -> add(out, new Participant(discourse.actors.register(a), null)));
                } else {
                    addMembers(members, demonymOf(w), out);   // "such French companies as Nexter, Thales"
                }
            }
            return;
        }
        if (m.isPresent() && isDateline(m.get())) {
            // "TASHKENT, March 3 - X and Y signed": where the story was filed, not a party; parsers often
            // make the dateline the subject with the real one in apposition
            for (SemanticGraphEdge e : s.graph().outgoingEdgeList(w)) {
                if (e.getRelation().toString().equals("appos") || e.getRelation().toString().equals("dep")) {
                    collect(e.getDependent(), depth + 1, out);
                }
            }
            return;
        }
        if (m.isPresent()) {
            add(out, new Participant(m.get().actor(), null));
            followCoordination(m.get(), out);
            listedCountries(w, m.get(), out);
            return;
        }
        Optional<Actor> bracketed = bracketedCountry(w);
        if (bracketed.isPresent() && m.isEmpty() && Character.isUpperCase(t.word().charAt(0))) {
            // "the management of Leonardo (Italy) and EDGE (UAE)": a name with its country in brackets is a body
            // of that country, whatever NER made of the name
            int[] span = t.ner().equals("PERSON") ? s.properNameSpan(i) : s.nameSpan(i);
            Actor body = factory.organisation(MentionFinder.text(s.tokens(), span[0], span[1]), bracketed.get().country());
            add(out, new Participant(discourse.actors.register(new Actor(body.name(), bracketed.get().country(),
                    body.kind() == ActorKind.COUNTRY || body.kind() == ActorKind.CITY ? ActorKind.BUS : body.kind())), null));
            return;
        }
        if ("NATIONALITY".equals(t.ner()) && (conjoinedWithProxy(w) || usedAsNoun(w))) {
            // "Kazakh and Chinese business leaders", parsed as "Kazakh" and "Chinese business leaders"; "the
            // Prime Ministers of Kazakhstani and Tajikistan", a demonym written for its country
            factory.country(t.word()).ifPresent(a -> add(out, new Participant(discourse.actors.register(a), null)));
            return;
        }
        String singular = pluralNounSingular(t);
        int counted = count(w);
        if (singular != null && COUNTED_PARTY_WORDS.contains(singular) && counted > 1) {
            List<Participant> people = discourse.lastPeopleTitled(singular, counted);
            (people.isEmpty() ? discourse.lastParties() : people).forEach(p -> add(out, p));
            return;
        }
        if ("PERSON".equals(t.ner()) || t.tag().startsWith("NNP") && t.ner().equals("O") && m.isEmpty()
                && !TITLE_WORDS.contains(lemma) && !isTitle(t)) {
            Optional<Participant> person = person(w);
            if (person.isEmpty() && coordinatedWithOrganisation(w) && !InstrumentClassifier.shared().isInstrumentHead(lemma)) {
                // "Mowi, Salmar and Leroy Seafood Group": names listed with a company are companies
                int[] span = s.nameSpan(w.index() - 1);
                Actor company = factory.organisation(MentionFinder.text(s.tokens(), span[0], span[1]), null);
                add(out, new Participant(discourse.actors.register(new Actor(company.name(), company.country(),
                        company.kind() == ActorKind.GOV ? ActorKind.GOV : ActorKind.BUS)), null));
                return;
            }
            person.ifPresent(p -> add(out, p));
            if ("PERSON".equals(t.ner()) && depth == 0) {
                coordinatedPeople(w, out);
            }
            return;
        }
        if (t.tag().equals("PRP$") && t.word().matches("(?i)his|her")) {
            // "his meeting with X": the person named last before the pronoun, not one the sentence names after it;
            // in "Rojas and her delegation" the one just named, though the article met someone else since
            List<String> before = peopleBefore(i);
            Optional<Participant> justNamed = before.isEmpty() ? Optional.empty()
                    : discourse.person(before.get(before.size() - 1));
            if (justNamed.isPresent()) {
                add(out, justNamed.get());
                return;
            }
            List<String> after = new ArrayList<>(peopleBefore(s.tokens().size()));
            after.removeAll(before);
            discourse.lastPersonExcept(after).ifPresentOrElse(p -> add(out, p), discourse::wantContext);
            return;
        }
        if (t.tag().equals("PRP") && (lemma.equals("he") || lemma.equals("she"))) {
            // "when X called on him": an object pronoun is not someone its own sentence already named
            boolean object = t.word().equalsIgnoreCase("him") || t.word().equalsIgnoreCase("her");
            (object ? discourse.lastPersonExcept(peopleBefore(i)) : discourse.lastPerson())
                    .ifPresentOrElse(p -> add(out, p), discourse::wantContext);
            return;
        }
        boolean plural = t.tag().equals("NNS") || t.tag().equals("NNPS");
        if ((plural || count(w) > 0) && PARTY_WORDS.contains(lemma) && isDefinite(w)) {
            Optional<List<Actor>> pair = COUNTRY_NOUNS.contains(lemma) ? CountryPairs.first(s, factory) : Optional.empty();
            if (pair.isPresent()) {
                // "the Chile-Peru Commission ... a programme between the two countries": the pair just written
                pair.get().forEach(a -> add(out, new Participant(discourse.actors.register(a), null)));
                return;
            }
            discourse.lastParties().forEach(p -> add(out, p));
            return;
        }
        if (t.tag().startsWith("VB") && LEADING_VERBS.contains(lemma)) {
            // "a delegation headed by Agriculture Minister X": whoever heads it; the verb is no title ("head")
            for (SemanticGraphEdge e : s.graph().outgoingEdgeList(w)) {
                if (AGENT_RELATIONS.contains(e.getRelation().toString())) {
                    collect(e.getDependent(), depth + 1, out);
                }
            }
            return;
        }
        if (TITLE_WORDS.contains(lemma) || isTitle(t)) {
            // "Minister of Energy of Azerbaijan Parviz Shahbazov" parsed with the title as head
            for (SemanticGraphEdge e : s.graph().outgoingEdgeList(w)) {
                String rel = e.getRelation().toString();
                // "Head of State Kassym-Jomart Tokayev" parsed as the head "of" the person
                if ((rel.equals("appos") || rel.equals("compound") || rel.equals("dep") || rel.equals("flat")
                        || rel.equals("nmod:of")) && "PERSON".equals(s.token(e.getDependent().index() - 1).ner())) {
                    Optional<Participant> p = person(e.getDependent()).map(q -> titledBy(w, q));
                    if (p.isPresent()) {
                        add(out, p.get());
                        return;
                    }
                }
            }
            Optional<Participant> p = titledPersonAhead(w);
            if (p.isPresent()) {
                add(out, p.get());
                return;
            }
            // "his counterpart, the Minister of Foreign Affairs in Kenya": an office named without its holder
            Optional<Actor> office = t.tag().startsWith("NNP")
                    ? TitleOrganisations.organisationOfTitle(apposText(w), factory) : Optional.empty();
            if (office.isPresent() && office.get().kind() == ActorKind.GOV) {
                add(out, new Participant(discourse.actors.register(office.get()), null));
                return;
            }
        }
        if (PROXIES.contains(lemma) || TITLE_WORDS.contains(lemma) || isTitle(t)) {
            int before = out.size();
            Map<Actor, Participant> found = new LinkedHashMap<>();
            List<IndexedWord> whereabouts = new ArrayList<>();
            for (SemanticGraphEdge e : s.graph().outgoingEdgeList(w)) {
                String rel = e.getRelation().toString();
                if (WHEREABOUTS.contains(rel) || rel.equals("nmod:to") && TitleOrganisations.POSTED_TITLES.contains(lemma)) {
                    whereabouts.add(e.getDependent());
                } else if (belongs(rel)) {
                    collect(e.getDependent(), depth + 1, found);
                }
            }
            if (found.isEmpty()) {
                // "officials in Baku", "the ambassador to Peru": where they are is whom they stand for only when
                // nothing else says
                whereabouts.forEach(x -> collect(x, depth + 1, found));
            }
            addMembers(found, demonymOf(w), out);
            if (out.size() == before) {
                // "the French side", "Azerbaijani delegation": the demonym stands for its country
                demonymCountries(w).forEach(a -> add(out, new Participant(discourse.actors.register(a), null)));
            }
            if (out.size() == before && lemma.equals("delegation") && isDefinite(w)) {
                // "the official delegation would sign MoUs with their Pakistani counterparts": the visitors the
                // article is about, of its most named country that the sentence does not give to another
                discourse.mostNamedCountry(countriesNamedIn()).flatMap(factory::countryByCode)
                        .ifPresent(a -> add(out, new Participant(discourse.actors.register(a), null)));
            }
        }
    }

    /**
     * One named member of a plural organisation noun: "such companies as Mowi" names a company, whatever NER
     * made of the unknown name (a place, often); a member it knows is collected as usual.
     */
    private void member(IndexedWord d, String head, int depth, Map<Actor, Participant> members) {
        int i = d.index() - 1;
        boolean unknownName = s.mentionAt(i).isEmpty() && s.token(i).tag().startsWith("NNP")
                && !"PERSON".equals(s.token(i).ner()) && !"DATE".equals(s.token(i).ner());
        if (!unknownName) {
            collect(d, depth + 1, members);
            return;
        }
        int[] span = s.nameSpan(i);
        Actor named = factory.organisation(MentionFinder.text(s.tokens(), span[0], span[1]), null);
        ActorKind kind = COMPANY_HEADS.contains(head) ? ActorKind.BUS : named.kind();
        if (kind == ActorKind.COUNTRY || kind == ActorKind.CITY) {
            return;
        }
        Actor member = new Actor(named.name(), named.country(), kind);
        add(members, new Participant(discourse.actors.register(member), null));
    }

    /** "French companies such as Nexter": the demonym gives the members without a country their country. */
    private void addMembers(Map<Actor, Participant> members, String demonymCountry, Map<Actor, Participant> out) {
        for (Participant p : members.values()) {
            if (demonymCountry != null && p.actor().country() == null && p.actor().kind() != ActorKind.IGO) {
                Actor withCountry = new Actor(p.actor().name(), demonymCountry, p.actor().kind());
                add(out, new Participant(discourse.actors.register(withCountry), p.person()));
            } else {
                add(out, p);
            }
        }
    }

    /**
     * The countries of the demonyms before a noun: "the French side", "Chilean and Norwegian companies" (the
     * parser hangs the second demonym on the first).
     */
    private List<Actor> demonymCountries(IndexedWord w) {
        List<Actor> out = new ArrayList<>();
        for (IndexedWord c : s.graph().getChildren(w)) {
            if (!"NATIONALITY".equals(s.token(c.index() - 1).ner())) {
                continue;
            }
            factory.country(c.word()).ifPresent(out::add);
            for (SemanticGraphEdge x : s.graph().outgoingEdgeList(c)) {
                IndexedWord d = x.getDependent();
                if (x.getRelation().toString().startsWith("conj") && "NATIONALITY".equals(s.token(d.index() - 1).ner())) {
                    factory.country(d.word()).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /**
     * "The central banks of Azerbaijan and Uzbekistan": one body of that kind per country named.
     * Returns false when the plural noun names no countries.
     */
    private boolean distributePlural(IndexedWord w, Map<Actor, Participant> out) {
        List<IndexedWord> countries = new ArrayList<>();
        for (SemanticGraphEdge e : s.graph().outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            if (rel.equals("nmod:of") || rel.startsWith("conj")) {
                countries.add(e.getDependent());
            }
        }
        List<Actor> places = new ArrayList<>();
        for (IndexedWord c : countries) {
            factory.country(c.word()).ifPresent(places::add);
        }
        if (places.size() < 2) {
            return distributeOverPortfolio(w, countries, out);
        }
        StringBuilder kind = new StringBuilder();
        for (IndexedWord c : s.graph().getChildren(w)) {
            String rel = s.graph().getEdge(w, c).getRelation().toString();
            if ((rel.equals("compound") || rel.equals("amod")) && c.index() < w.index()) {
                kind.append(capitalise(c.word())).append(' ');
            }
        }
        kind.append(capitalise(singular(w.word().toLowerCase(Locale.ROOT))));
        for (Actor country : places) {
            Actor body = factory.organisation(kind + " of " + country.name(), country.country());
            add(out, new Participant(discourse.actors.register(body), null));
        }
        return true;
    }

    /**
     * "the Ministries of Education of Chile and Peru": the countries hang on the portfolio, not on the plural;
     * each is a body named "Ministry of Education of" that country.
     */
    private boolean distributeOverPortfolio(IndexedWord w, List<IndexedWord> ofs, Map<Actor, Participant> out) {
        int of = w.index();   // the token after the plural, 0-based
        if (of >= s.tokens().size() || !s.token(of).word().equalsIgnoreCase("of")) {
            return false;
        }
        for (IndexedWord portfolio : ofs) {
            if (factory.country(portfolio.word()).isPresent()) {
                continue;
            }
            List<Actor> places = new ArrayList<>();
            int firstCountry = Integer.MAX_VALUE;
            for (SemanticGraphEdge e : s.graph().outgoingEdgeList(portfolio)) {
                String rel = e.getRelation().toString();
                Optional<Actor> c = factory.country(e.getDependent().word());
                if ((rel.equals("nmod:of") || rel.startsWith("conj")) && c.isPresent()
                        && c.get().kind() == ActorKind.COUNTRY) {
                    places.add(c.get());
                    firstCountry = Math.min(firstCountry, e.getDependent().index() - 1);
                }
            }
            if (places.size() < 2 || firstCountry >= s.tokens().size() || firstCountry < of + 3
                    || !s.token(firstCountry - 1).word().equalsIgnoreCase("of")) {
                continue;
            }
            String body = capitalise(singular(w.word().toLowerCase(Locale.ROOT))) + " of "
                    + MentionFinder.text(s.tokens(), of + 1, firstCountry - 1);
            for (Actor country : places) {
                Actor named = factory.organisation(body + " of " + country.name(), country.country());
                add(out, new Participant(discourse.actors.register(named), null));
            }
            return true;
        }
        return false;
    }

    /** A demonym after "of", where a noun belongs: "the Prime Ministers of Kazakhstani and Tajikistan". */
    private boolean usedAsNoun(IndexedWord w) {
        String tag = s.token(w.index() - 1).tag();
        return (tag.startsWith("NNP") || tag.equals("JJ")) && s.graph().getChildren(w).stream()
                .anyMatch(c -> c.lemma().equalsIgnoreCase("of") && c.index() < w.index());
    }

    /** A country or demonym among a name's words before {@code head}: "UAE Chambers", "Turkish Airlines". */
    private boolean countryBefore(ActorMention m, int head) {
        for (int k = m.begin(); k < head; k++) {
            if (factory.country(s.token(k).word()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static String singular(String w) {
        return w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private String demonymOf(IndexedWord w) {
        for (IndexedWord c : s.graph().getChildren(w)) {
            if ("NATIONALITY".equals(s.token(c.index() - 1).ner())) {
                return factory.country(c.word()).map(Actor::country).orElse(null);
            }
        }
        return null;
    }

    /**
     * A place opening one of the first sentences, followed by a comma or dash: "TASHKENT, March 14 -"; or
     * the venue before it: "State House, Nairobi, Kenya, Monday 30 May 2022 –".
     */
    private boolean isDateline(ActorMention m) {
        if (s.index() > 2 || m.begin() != 0 || m.end() >= s.tokens().size()
                || !s.token(m.end()).word().matches("[,—–-]|\\(|--")) {
            return false;
        }
        if (!m.place()) {
            boolean placeFollows = m.end() + 1 < s.tokens().size() && s.token(m.end()).word().equals(",")
                    && s.mentionAt(m.end() + 1).filter(ActorMention::place).isPresent();
            boolean date = false;
            boolean dash = false;
            for (int i = m.end(); i < Math.min(s.tokens().size(), m.end() + 14); i++) {
                date |= "DATE".equals(s.token(i).ner());
                dash |= date && s.token(i).word().matches("[—–-]|--");
            }
            return placeFollows && dash;
        }
        String name = MentionFinder.text(s.tokens(), m.begin(), m.end());
        boolean capitals = name.equals(name.toUpperCase(Locale.ROOT));
        boolean dated = false;
        for (int i = m.end(); i < Math.min(s.tokens().size(), m.end() + 6); i++) {
            dated |= "DATE".equals(s.token(i).ner()) || s.token(i).word().matches("[—–]|--");
        }
        return capitals || dated;
    }

    /** The country in brackets right after a name: "Leonardo (Italy)". */
    private Optional<Actor> bracketedCountry(IndexedWord w) {
        int after = w.index();   // token index right after w
        if (after + 2 >= s.tokens().size() || !s.token(after).word().matches("\\(|-LRB-")
                || !s.token(after + 2).word().matches("\\)|-RRB-")) {
            return Optional.empty();
        }
        return s.mentionAt(after + 1).filter(ActorMention::place).map(ActorMention::actor)
                .filter(a -> a.kind() == ActorKind.COUNTRY);
    }

    private boolean conjoinedWithProxy(IndexedWord w) {
        for (SemanticGraphEdge e : s.graph().outgoingEdgeList(w)) {
            String lemma = e.getDependent().lemma().toLowerCase(Locale.ROOT);
            if (e.getRelation().toString().startsWith("conj") && (PROXIES.contains(lemma) || TITLE_WORDS.contains(lemma))) {
                return true;
            }
        }
        return false;
    }

    private boolean coordinatedWithOrganisation(IndexedWord w) {
        List<IndexedWord> near = new ArrayList<>();
        for (SemanticGraphEdge e : s.graph().outgoingEdgeList(w)) {
            if (e.getRelation().toString().startsWith("conj")) {
                near.add(e.getDependent());
            }
        }
        for (SemanticGraphEdge e : s.graph().incomingEdgeList(w)) {
            if (e.getRelation().toString().startsWith("conj")) {
                near.add(e.getGovernor());
                s.graph().outgoingEdgeList(e.getGovernor()).stream()
                        .filter(x -> x.getRelation().toString().startsWith("conj")).forEach(x -> near.add(x.getDependent()));
            }
        }
        return near.stream().anyMatch(n -> s.mentionAt(n.index() - 1).filter(m -> !m.place()).isPresent());
    }

    /**
     * "The Ethiopian Prime Minister, Ebiy Ahmed, who is in Ghana": a person found through the title that heads
     * them has that title, and a body the title names beats a country met elsewhere in the phrase.
     */
    private Participant titledBy(IndexedWord titleHead, Participant p) {
        if (p.person() == null || p.person().title() != null) {
            return p;
        }
        int end = titleHead.index();
        int start = s.titleStart(end);
        if (start >= end) {
            return p;
        }
        String title = MentionFinder.text(s.tokens(), start, end);
        Actor actor = p.actor();
        Optional<Actor> byTitle = TitleOrganisations.organisationOfTitle(title, factory);
        if (byTitle.isPresent() && (actor.kind() == ActorKind.COUNTRY || byTitle.get().kind() != ActorKind.COUNTRY)) {
            actor = discourse.actors.register(byTitle.get());
        }
        Participant titled = new Participant(actor, new Person(p.person().name(), title, actor.name()));
        discourse.person(titled);
        return titled;
    }

    /** A person: the organisation named around them ("Agency's Chairman X", "X, Chairman of Y"), else memory. */
    Optional<Participant> person(IndexedWord w) {
        int[] span = s.nameSpan(w.index() - 1);
        String name = MentionFinder.text(s.tokens(), span[0], span[1]);
        IndexedWord head = w;
        Map<Actor, Participant> found = new LinkedHashMap<>();
        List<IndexedWord> around = new ArrayList<>();
        for (SemanticGraphEdge e : s.graph().outgoingEdgeList(head)) {
            // "Wang Yi, member of the State Council, Minister of Foreign Affairs": a membership is not whom
            // one acts for
            if (belongs(e.getRelation().toString()) && !e.getDependent().lemma().equalsIgnoreCase("member")
                    && !isStrayClause(e)) {
                around.add(e.getDependent());   // not conjuncts: "X and Y" are two parties, not one's employer
            }
        }
        List<IndexedWord> governors = new ArrayList<>();
        for (SemanticGraphEdge e : s.graph().incomingEdgeList(head)) {
            if (e.getRelation().toString().equals("appos") || e.getRelation().toString().startsWith("compound")) {
                governors.add(e.getGovernor());
            }
        }
        for (IndexedWord c : around) {
            if (c.index() - 1 >= span[0] && c.index() - 1 < span[1]) {
                continue;
            }
            collectOrg(c, 0, found);
        }
        for (IndexedWord g : governors) {
            if (g.index() - 1 >= span[0] && g.index() - 1 < span[1]) {
                continue;
            }
            collectGovernorOrg(g, head, found);
        }
        String title = s.titleBefore(span[0]);
        Actor actor = pickOrganisation(found);
        if ((actor == null || actor.kind() == ActorKind.COUNTRY) && title != null) {
            Optional<Actor> byTitle = TitleOrganisations.organisationOfTitle(title, factory);
            if (byTitle.isPresent() && byTitle.get().kind() != ActorKind.COUNTRY) {
                actor = discourse.actors.register(byTitle.get());
            }
        }
        if (actor == null || actor.kind() == ActorKind.COUNTRY) {
            // "Rashid Meredov, Deputy Chairman of the Cabinet and Minister of Foreign Affairs of Turkmenistan":
            // the ministry the apposition names is more precise than its country
            for (SemanticGraphEdge e : s.graph().outgoingEdgeList(head)) {
                if (e.getRelation().toString().equals("appos")
                        && (actor == null || actor.kind() == ActorKind.COUNTRY)) {
                    String after = apposText(e.getDependent());
                    Optional<Actor> office = TitleOrganisations.organisationOfTitle(after, factory);
                    if (office.isPresent() && title == null) {
                        title = after;
                    }
                    if (office.isPresent() && (found.isEmpty() || office.get().kind() != ActorKind.COUNTRY)) {
                        actor = discourse.actors.register(office.get());
                    }
                }
            }
        }
        if (actor == null && title != null) {
            actor = TitleOrganisations.organisationOfTitle(title, factory).map(discourse.actors::register)
                    .orElse(null);
        }
        int titleHead = actor == null && title == null ? apposedTitle(head) : -1;
        if (titleHead >= 0 && titleHead < span[0]) {
            // "The Portuguese Minister of State and Foreign Affairs, Paulo Rangel, praised": the title before the
            // comma names the office
            String before = MentionFinder.text(s.tokens(), s.titleStart(titleHead), span[0]).replaceAll("[,\\s]+$", "");
            Optional<Actor> office = TitleOrganisations.organisationOfTitle(before, factory);
            if (office.isPresent() && office.get().kind() == ActorKind.GOV) {
                actor = discourse.actors.register(office.get());
                title = before.replaceFirst("(?i)^the\\s+", "");
            }
        }
        if (actor == null && TitleOrganisations.isNationalOffice(title) && discourse.person(name).isEmpty()) {
            actor = homeCountry().flatMap(factory::countryByCode).map(discourse.actors::register).orElse(null);
        }
        if (actor == null) {
            Optional<Participant> known = discourse.person(name);
            if (known.isPresent()) {
                Participant p = known.get();
                return Optional.of(new Participant(discourse.actors.canonical(p.actor()),
                        new Person(p.person().name(), title != null ? title : p.person().title(),
                                discourse.actors.canonical(p.actor()).name())));
            }
            return Optional.empty();
        }
        Participant p = new Participant(actor, new Person(name, title, actor.name()));
        discourse.person(p);
        return Optional.of(p);
    }

    /**
     * The country of an untitled leader: see {@link Discourse#homeCountry}; the countries the sentence
     * names are taken, not the countries of its organisations ("Radio Pakistan reported"), nor a country
     * named only as the owner of a thing ("Chile's ties with", "Peru's exports"), which is nobody else's.
     */
    private Optional<String> homeCountry() {
        List<String> cities = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (ActorMention m : s.mentions()) {
            if (m.actor().country() == null) {
                continue;
            }
            if (m.actor().kind() == ActorKind.CITY && m.place()) {
                cities.add(m.actor().country());
            } else if (m.actor().kind() == ActorKind.COUNTRY && !ownsAThing(m)) {
                taken.add(m.actor().country());   // "Iran's Foreign Minister": Iran is someone else's
            }
        }
        return discourse.homeCountry(cities, taken);
    }

    /**
     * Whether a country is named as the owner of a thing, not of a person or body: "Peru's ties", "Chile's
     * copper" (unlike "Iran's Foreign Minister", "Turkey's delegation", "Egypt's Ministry of Health").
     */
    private boolean ownsAThing(ActorMention m) {
        SemanticGraph g = s.graph();
        IndexedWord name = g.getNodeByIndexSafe(m.end());
        IndexedWord owned = name == null ? null : g.getParent(name);
        if (owned == null || !g.getEdge(owned, name).getRelation().toString().equals("nmod:poss")) {
            return false;
        }
        int i = owned.index() - 1;
        CoreLabel t = s.token(i);
        String lemma = (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
        return t.tag().startsWith("NN") && !t.tag().startsWith("NNP") && "O".equals(t.ner())
                && s.mentionAt(i).isEmpty() && !PROXIES.contains(lemma) && !PARTY_WORDS.contains(lemma)
                && !COUNTED_PARTY_WORDS.contains(lemma)
                && !org.entente.person.TitleLexicon.shared().isTitleWord(t.word().toLowerCase(Locale.ROOT));
    }

    /** The countries the sentence names, by name or demonym: each someone's in the sentence. */
    private Set<String> countriesNamedIn() {
        Set<String> named = new java.util.HashSet<>();
        for (ActorMention m : s.mentions()) {
            if (m.actor().kind() == ActorKind.COUNTRY && m.actor().country() != null) {
                named.add(m.actor().country());
            }
        }
        for (CoreLabel t : s.tokens()) {
            if ("NATIONALITY".equals(t.ner())) {
                factory.country(t.word()).map(Actor::country).ifPresent(named::add);
            }
        }
        return named;
    }

    /**
     * "Chile, Peru discuss trade": a headline lists its countries with a comma alone, and the parser hangs the
     * second on the first as its apposition; no country is another's apposition, so it is the list's next.
     */
    private void listedCountries(IndexedWord w, ActorMention m, Map<Actor, Participant> out) {
        if (m.actor().kind() != ActorKind.COUNTRY || m.actor().country() == null) {
            return;
        }
        for (SemanticGraphEdge e : s.graph().outgoingEdgeList(w)) {
            Optional<ActorMention> listed = e.getRelation().toString().equals("appos")
                    ? s.mentionAt(e.getDependent().index() - 1) : Optional.empty();
            if (listed.isPresent() && listed.get().actor().kind() == ActorKind.COUNTRY
                    && listed.get().actor().country() != null
                    && !listed.get().actor().country().equals(m.actor().country())) {
                add(out, new Participant(listed.get().actor(), null));
            }
        }
    }

    /**
     * "A Agency for X and the B Agency": long names confuse the parser, so a mention directly followed by
     * "and" and another organisation takes it along.
     */
    private void followCoordination(ActorMention m, Map<Actor, Participant> out) {
        int i = nameEnd(m);
        if (i < s.tokens().size() && s.token(i).word().equals("(")) {
            while (i < s.tokens().size() && !s.token(i).word().equals(")")) {
                i++;
            }
            i++;
        }
        while (i < s.tokens().size() && "COUNTRY".equals(s.token(i).ner()) && s.mentionAt(i).isEmpty()) {
            i++;   // "the Institute (PTI) Chile and ...": the country the name was given, no party of its own
        }
        if (i >= s.tokens().size() || !s.token(i).word().equals("and")) {
            return;
        }
        i++;
        if (i < s.tokens().size() && s.token(i).tag().equals("DT")) {
            i++;
        }
        Optional<ActorMention> next = s.mentionAt(i);
        if (next.isPresent() && next.get().place() && next.get().end() + 1 < s.tokens().size()
                && MentionFinder.isPossessive(s.token(next.get().end()))) {
            next = s.mentionAt(next.get().end() + 1);   // "... and Portugal's Ministry of Agriculture"
            i = next.map(ActorMention::begin).orElse(i);
        }
        if (next.isPresent() && next.get().begin() == i && !next.get().place() && !m.place()) {
            add(out, new Participant(next.get().actor(), null));
            followCoordination(next.get(), out);
        }
    }

    /**
     * Where a mention's name ends in the sentence: past its span when the name was read across words the
     * parser split off ("Agency for Small and Medium-sized Businesses Development" found at "Agency").
     */
    private int nameEnd(ActorMention m) {
        String name = m.actor().name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        StringBuilder read = new StringBuilder();
        int end = m.end();
        for (int j = m.begin(); j < s.tokens().size(); j++) {
            String word = s.token(j).word().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
            read.append(word);
            if (!name.startsWith(read.toString())) {
                break;
            }
            if (!word.isEmpty()) {
                end = Math.max(end, j + 1);   // a bracket after the name is not part of it
            }
        }
        return end;
    }

    /**
     * "Minister of Energy X and Chairman of Y Z have signed": titled names joined by "and" are read from
     * the token sequence, because parsers often fold such lists into one noun phrase.
     */
    private void coordinatedPeople(IndexedWord w, Map<Actor, Participant> out) {
        int[] span = s.nerSpan(w.index() - 1, "PERSON");
        // to the left: "... A and [title] B"
        int start = s.titleStart(span[0]);
        if (start >= 2 && s.token(start - 1).word().equals("and") && "PERSON".equals(s.token(start - 2).ner())) {
            person(s.graph().getNodeByIndexSafe(start - 1)).ifPresent(p -> add(out, p));
        }
        // to the right: "A and [title] B ..."
        int i = span[1];
        if (i + 1 < s.tokens().size() && s.token(i).word().equals("and")) {
            int k = i + 1;
            while (k < s.tokens().size() && !"PERSON".equals(s.token(k).ner()) && k - i < 15
                    && !s.token(k).tag().startsWith("VB")) {
                k++;
            }
            if (k < s.tokens().size() && "PERSON".equals(s.token(k).ner())) {
                int[] next = s.nerSpan(k, "PERSON");
                person(s.graph().getNodeByIndexSafe(next[1])).ifPresent(p -> add(out, p));
            }
        }
    }

    /** The names of the people the sentence mentions before token {@code end}. */
    private List<String> peopleBefore(int end) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            if ("PERSON".equals(s.token(i).ner()) && (i + 1 >= s.tokens().size() || !"PERSON".equals(s.token(i + 1).ner()))) {
                int[] span = s.nerSpan(i, "PERSON");
                names.add(MentionFinder.text(s.tokens(), span[0], span[1]));
            }
        }
        return names;
    }

    /** The words of an apposition's subtree, up to the next comma: a title after a name. */
    private String apposText(IndexedWord w) {
        int b = w.index() - 1;
        int e = w.index();
        for (IndexedWord d : s.graph().descendants(w)) {
            b = Math.min(b, d.index() - 1);
            e = Math.max(e, d.index());
        }
        for (int i = b; i < e; i++) {
            if (s.token(i).word().equals(",")) {
                e = i;
                break;
            }
        }
        String text = MentionFinder.text(s.tokens(), b, e);
        int and = text.lastIndexOf(" and ");
        return and > 0 && text.substring(and).toLowerCase(Locale.ROOT).contains("minister") ? text.substring(and + 5) : text;
    }

    private void collectOrg(IndexedWord w, int depth, Map<Actor, Participant> out) {
        if (depth > 3) {
            return;
        }
        Optional<ActorMention> m = s.mentionAt(w.index() - 1);
        if (m.isPresent()) {
            // the body a person acts for: the mention itself, not what is coordinated with it
            add(out, new Participant(m.get().actor(), null));
            return;
        }
        CoreLabel t = s.token(w.index() - 1);
        if ("PERSON".equals(t.ner())) {
            return;
        }
        for (SemanticGraphEdge e : s.graph().outgoingEdgeList(w)) {
            if (belongs(e.getRelation().toString()) && !isStrayClause(e)) {
                collectOrg(e.getDependent(), depth + 1, out);
            }
        }
    }

    /**
     * The body a person's governor names ("his Peruvian counterpart, X": Peru), without the items of a list the
     * parser also hung on the governor as appositions ("counterpart, X ... in the areas of Ports, Fisheries,
     * the Public Service Commission"): a list's items are what was agreed on, not whom the person acts for.
     */
    private void collectGovernorOrg(IndexedWord governor, IndexedWord person, Map<Actor, Participant> out) {
        Optional<ActorMention> m = s.mentionAt(governor.index() - 1);
        if (m.isPresent() || "PERSON".equals(s.token(governor.index() - 1).ner())) {
            collectOrg(governor, 0, out);
            return;
        }
        for (SemanticGraphEdge e : s.graph().outgoingEdgeList(governor)) {
            IndexedWord d = e.getDependent();
            if (d.equals(person) || !belongs(e.getRelation().toString()) || isStrayClause(e)
                    || e.getRelation().toString().equals("appos") && isListItem(d)) {
                continue;
            }
            collectOrg(d, 1, out);
        }
    }

    /** Whether a word is coordinated with another, or another with it: an item of a list ("X, Y and Z"). */
    private boolean isListItem(IndexedWord w) {
        return s.graph().outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().startsWith("conj"))
                || s.graph().incomingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().startsWith("conj"));
    }

    /**
     * A verb the parser left hanging on a noun ({@code dep(counterpart, signed)}): what it is about is no
     * body the noun's person acts for.
     */
    private static boolean isStrayClause(SemanticGraphEdge e) {
        return e.getRelation().toString().equals("dep") && e.getDependent().tag().startsWith("VB");
    }

    /**
     * "met with Minister of Foreign Affairs and Worship of the Argentine Republic Jorge Faurie", parsed
     * badly: the words from the title to the next name are the title, and they say whom the person acts for.
     */
    private Optional<Participant> titledPersonAhead(IndexedWord titleWord) {
        int b = titleWord.index() - 1;
        int k = b + 1;
        while (k < s.tokens().size() && k - b < 16 && !"PERSON".equals(s.token(k).ner())
                && !s.token(k).word().matches("[,;.()]")) {
            k++;
        }
        if (k >= s.tokens().size() || !"PERSON".equals(s.token(k).ner())) {
            return Optional.empty();
        }
        while (b > 0 && ("TITLE".equals(s.token(b - 1).ner()) || "NATIONALITY".equals(s.token(b - 1).ner()))) {
            b--;
        }
        String title = MentionFinder.text(s.tokens(), b, k);
        Optional<Actor> body = TitleOrganisations.organisationOfTitle(title, factory);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        Actor actor = discourse.actors.register(body.get());
        int[] span = s.nerSpan(k, "PERSON");
        Participant p = new Participant(actor, new Person(MentionFinder.text(s.tokens(), span[0], span[1]), title,
                actor.name()));
        discourse.person(p);
        return Optional.of(p);
    }

    /** The most specific body: an organisation over a city over a country. */
    private static Actor pickOrganisation(Map<Actor, Participant> found) {
        Actor best = null;
        for (Actor a : found.keySet()) {
            if (best == null || rank(a) > rank(best)) {
                best = a;
            }
        }
        return best;
    }

    private static int rank(Actor a) {
        return a.kind() == ActorKind.COUNTRY ? 0 : a.kind() == ActorKind.CITY ? 1 : 2;
    }

    private static boolean belongs(String rel) {
        return BELONGS.stream().anyMatch(b -> rel.equals(b) || rel.startsWith(b + ":") && !b.equals("nmod"))
                || rel.startsWith("nmod:") && !rel.equals("nmod:tmod") && !rel.equals("nmod:within")
                && !rel.equals("nmod:during");
    }

    /** The token of the title a name stands in apposition to ("the Minister of X, Y"), or -1. */
    private int apposedTitle(IndexedWord name) {
        for (SemanticGraphEdge e : s.graph().incomingEdgeList(name)) {
            CoreLabel gov = s.token(e.getGovernor().index() - 1);
            if (e.getRelation().toString().equals("appos")
                    && (TITLE_WORDS.contains(gov.lemma().toLowerCase(Locale.ROOT)) || isTitle(gov))) {
                return e.getGovernor().index() - 1;
            }
        }
        return -1;
    }

    /** A title by NER, or a plural one it missed ("deputy Prime Ministers of A and B"). */
    private boolean isTitle(CoreLabel t) {
        String plural = pluralNounSingular(t);
        return "TITLE".equals(t.ner()) || plural != null && TITLE_WORDS.contains(plural);
    }

    /** The singular of a plural noun, also when capitalised and tagged NNP ("both Ministers"); null if not plural. */
    private static String pluralNounSingular(CoreLabel t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (t.tag().equals("NNS") || t.tag().equals("NNPS")) {
            return lemma;
        }
        String word = t.word().toLowerCase(Locale.ROOT);
        return t.tag().equals("NNP") && word.endsWith("s") ? singular(word) : null;
    }

    /** How many a "both"/"two"/"three" before the noun counts; 0 without one. */
    private int count(IndexedWord w) {
        for (IndexedWord c : s.graph().getChildren(w)) {
            switch (c.lemma().toLowerCase(Locale.ROOT)) {
                case "both", "two" -> {
                    return 2;
                }
                case "three" -> {
                    return 3;
                }
                default -> {
                }
            }
        }
        return 0;
    }

    private boolean isDefinite(IndexedWord w) {
        for (IndexedWord c : s.graph().getChildren(w)) {
            String l = c.lemma().toLowerCase(Locale.ROOT);
            if (l.equals("the") || l.equals("both") || l.equals("two") || l.equals("these") || l.equals("all")) {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<Actor, Participant> out, Participant p) {
        Participant old = out.get(p.actor());
        if (old == null || old.person() == null) {
            out.put(p.actor(), p);
        }
    }
}
