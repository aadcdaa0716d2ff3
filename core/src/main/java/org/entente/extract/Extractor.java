package org.entente.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.time.LocalDate;
import org.entente.actor.ActorFactory;
import org.entente.actor.ActorKindClassifier;
import org.entente.actor.ActorMention;
import org.entente.actor.MentionFinder;
import org.entente.article.Article;
import org.entente.cascade.TriggerGate;
import org.entente.event.Actor;
import org.entente.event.ArticleEvents;
import org.entente.event.Event;
import org.entente.event.Person;
import org.entente.event.Place;
import org.entente.geo.CountryCounter;
import org.entente.geo.Gazetteer;
import org.entente.instrument.InstrumentClassifier;
import org.entente.nlp.AttributionMask;
import org.entente.nlp.NlpEngine;
import org.entente.nlp.SelectedSentences;
import org.entente.nlp.SentenceSelection;
import org.entente.sphere.SphereLexicon;
import org.entente.time.Dateline;
import org.entente.time.UrlDate;

/**
 * Entente's public entry point: a news article in, the cooperation events it reports out.
 *
 * <p>The stages, in order: CoreNLP analysis ({@link NlpEngine}); actor mentions per sentence
 * ({@link MentionFinder}); trigger words and their parties, status, date and place ({@link EventFinder});
 * then assembly: short names replaced by the article's fullest ones, duplicates merged, spheres added.
 * One instance per JVM is enough; it is thread-safe.
 *
 * <p>By default the analysis is a cascade ({@link TriggerGate}): only the sentences that can state an event,
 * with the article's lead, get NER and dependencies, and an article with none is done after tokenising.
 * {@link #everySentence()} (or {@code -Dentente.cascade=off}) analyses every sentence, the reference the
 * cascade is measured against.
 */
public final class Extractor {

    /** Largest article text analysed, in characters; longer ones are refused rather than risk the heap. */
    public static final int MAX_CHARS = 200_000;
    /** A dateline is short; a longer first line is a story and is cut before the date pass reads it. */
    private static final int HEAD_LINE_CHARS = 300;

    private final NlpEngine nlp;
    private final ActorFactory factory;
    private final InstrumentClassifier instruments;
    private final SphereLexicon spheres;
    private final LocationRefiner locations;
    private final CountryCounter countries = new CountryCounter(Gazetteer.shared());
    /** The sentences worth analysing; null for every sentence. */
    private final SentenceSelection cascade;

    public Extractor() {
        this(NlpEngine.shared());
    }

    public Extractor(NlpEngine nlp) {
        this(nlp, "off".equals(System.getProperty("entente.cascade")) ? null : TriggerGate.shared());
    }

    /** The full analysis of every sentence: slower, the baseline of the cascade. */
    public static Extractor everySentence() {
        return new Extractor(NlpEngine.shared(), null);
    }

    /** @param cascade the sentences worth analysing, or null for every sentence */
    public Extractor(NlpEngine nlp, SentenceSelection cascade) {
        this.nlp = nlp;
        this.cascade = cascade;
        this.factory = new ActorFactory(Gazetteer.shared(), ActorKindClassifier.shared());
        this.instruments = InstrumentClassifier.shared();
        this.spheres = SphereLexicon.shared();
        this.locations = new LocationRefiner(Gazetteer.shared());
    }

    /**
     * Extracts the events of one article.
     *
     * @throws ArticleRejectedException when the text is empty, too large or not English
     */
    public ArticleEvents extract(Article article) throws ArticleRejectedException {
        var refusal = org.entente.language.ArticleScreen.screen(article.text(), MAX_CHARS);
        if (refusal.isPresent()) {
            throw new ArticleRejectedException(refusal.get().message());
        }
        if (cascade != null) {
            return cascaded(article);
        }
        LocalDate published = article.published() != null ? article.published() : standInDate(article);
        return events(article, published, nlp.annotate(prepared(article), published), new Discourse());
    }

    /**
     * The text the parser reads: a dash-ended dateline set apart, agency credits blanked. Both keep every
     * character's offset, so evidence is cut from the original text.
     */
    private static String prepared(Article article) {
        return AttributionMask.mask(Dateline.setApart(article.text()));
    }

    /**
     * The cascade: nothing more when no sentence can state an event; else the chosen sentences alone, and
     * their context only when they do state one, since most articles that mention a visit or a meeting
     * report none (an article dense in trigger words whose chosen sentences state nothing is read on, as the
     * selection says, and so is one whose events need a gathering or person named elsewhere: "Attending the
     * event were", "his meeting with"). An undated article with chosen sentences seeks its stand-in day first
     * (cheap: its head goes through NER only when a day can be there), so that no sentence is analysed against
     * two days.
     */
    private ArticleEvents cascaded(Article article) {
        SelectedSentences selected = nlp.select(prepared(article), cascade);
        if (selected.isEmpty()) {
            return new ArticleEvents(article.id(), List.of());
        }
        LocalDate published = article.published() != null ? article.published() : standInDate(article);
        SelectedSentences.Scope scope = SelectedSentences.Scope.CONTEXT;
        Discourse chosenAlone = new Discourse();
        ArticleEvents told = events(article, published, nlp.analyse(selected, SelectedSentences.Scope.CHOSEN, published),
                chosenAlone);
        if (told.events().isEmpty()) {
            if (selected.readsOnWhenSilent()) {
                scope = SelectedSentences.Scope.SILENT;
            } else if (!chosenAlone.wantsContext()) {
                return told;
            }
        }
        if (!selected.widens(scope)) {
            return told;   // the context is among the chosen sentences already: the same reading would follow
        }
        return events(article, published, nlp.analyse(selected, scope, published), new Discourse());
    }

    /** The events of an article, from its analysed sentences (all of them, or those the cascade chose). */
    private ArticleEvents events(Article article, LocalDate published, CoreDocument doc, Discourse discourse) {
        discourse.countryCounts(countries.counts(article.text()));
        org.entente.geo.PublisherCountry.of(article.url(), Gazetteer.shared()).ifPresent(discourse::publisherCountry);
        org.entente.geo.HeadlineSlug.of(article.url()).map(countries::counts)
                .ifPresent(c -> discourse.headlineCountries(c.keySet()));
        MentionFinder mentions = new MentionFinder(factory);
        EventFinder finder = new EventFinder(factory, instruments);
        List<EventDraft> drafts = new ArrayList<>();
        List<CoreSentence> sentences = doc.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            CoreSentence sentence = sentences.get(i);
            List<ActorMention> found = mentions.find(sentence, discourse.actors);
            found.forEach(m -> discourse.mentioned(m.actor(), m.place() ? 1 : 2));
            found.stream().filter(m -> m.place() && m.actor().kind() == org.entente.event.ActorKind.CITY)
                    .forEach(m -> discourse.cityMentioned(
                            new Place(discourse.actors.canonical(m.actor()).name(), m.actor().country())));
            SentenceView view = new SentenceView(i, sentence, found, original(article.text(), sentence));
            for (EventDraft d : finder.find(view, discourse, published)) {
                drafts.addAll(onePerAttendant(d));
                discourse.parties(d.parties);
                drafts.addAll(attendance(d));
            }
        }
        String currentNews = currentNewsDate(article, published, doc.sentences());
        List<Event> events = locations.refine(assemble(drafts, discourse, sentences), discourse);
        return new ArticleEvents(article.id(), events.stream()
                .map(e -> e.date() != null || e.status() != org.entente.event.Status.DONE || currentNews == null ? e
                        : e.withDate(currentNews))
                .toList());
    }

    /** The sentence as the article wrote it, before the parser's preparations blanked any credit. */
    private static String original(String text, CoreSentence sentence) {
        var offsets = sentence.charOffsets();
        if (offsets == null || offsets.first() < 0 || offsets.second() > text.length()) {
            return sentence.text();
        }
        return text.substring(offsets.first(), offsets.second());
    }

    /**
     * The day relative dates are read against when the article has no publication date: a dateline in its
     * first lines ("11/15/2023 8:09:41 AM"), else the date in its address ("/2024/06/").
     */
    private LocalDate standInDate(Article article) {
        String head = article.text().lines().filter(l -> !l.isBlank()).limit(Dateline.HEAD_SENTENCES)
                .map(l -> l.length() > HEAD_LINE_CHARS ? l.substring(0, HEAD_LINE_CHARS) : l)
                .collect(java.util.stream.Collectors.joining("\n"));
        // a year in digits first, then tags, then entities only where a day can be: most heads have no year
        // before their first verb, many none at all ("BAKU, Azerbaijan, July 26.")
        Optional<LocalDate> dateline = Dateline.mayWriteYear(head)
                ? Dateline.in(nlp.tag(head, null, Dateline::mayGiveDay).sentences()) : Optional.empty();
        return dateline.or(() -> UrlDate.in(article.url()).map(UrlDate.Found::anchor))
                .orElse(null);
    }

    /**
     * The date of an event reported as current news with no date of its own: the dateline's day when the
     * text gives one, else the publication month (the URL's, when that is all there is).
     */
    private static String currentNewsDate(Article article, LocalDate published, List<CoreSentence> sentences) {
        Optional<LocalDate> dateline = Dateline.in(sentences, published);
        if (dateline.isPresent()) {
            return dateline.get().toString();
        }
        if (article.published() == null) {
            Optional<UrlDate.Found> url = UrlDate.in(article.url());
            if (url.isPresent() && (published == null || published.equals(url.get().anchor()))) {
                return url.get().month().toString();
            }
        }
        return published == null ? null : published.toString().substring(0, 7);
    }

    /** "Attending were A, B and C": the spec's ATTEND is one event per attending actor and gathering. */
    private static List<EventDraft> onePerAttendant(EventDraft d) {
        if (d.type != org.entente.event.EventType.ATTEND || d.parties.size() < 2) {
            return List.of(d);
        }
        List<EventDraft> out = new ArrayList<>();
        for (Participant p : d.parties) {
            EventDraft one = d.copy();
            one.parties.clear();
            one.parties.add(p);
            out.add(one);
        }
        return out;
    }

    /** Parties that met or signed at a named gathering took part in it: one ATTEND each and gathering. */
    private static List<EventDraft> attendance(EventDraft d) {
        if (d.type == org.entente.event.EventType.ATTEND || d.eventName == null
                || d.status != org.entente.event.Status.DONE) {
            return List.of();   // a meeting planned during a fair does not yet say who will be there
        }
        List<EventDraft> out = new ArrayList<>();
        List<String> gatherings = new ArrayList<>(List.of(d.eventName));
        gatherings.addAll(d.alsoAt);
        for (String gathering : gatherings) {
            for (Participant p : d.parties) {
                out.add(attendance(d, p, gathering));
            }
        }
        return out;
    }

    private static EventDraft attendance(EventDraft d, Participant p, String gathering) {
        EventDraft a = new EventDraft();
        a.type = org.entente.event.EventType.ATTEND;
        a.status = d.status;
        a.parties.add(p);
        a.eventName = gathering;
        a.date = d.date;
        a.location = d.location;
        a.evidence = d.evidence;
        a.sentence = d.sentence;
        a.confidence = d.confidence * 0.8;
        return a;
    }

    private List<Event> assemble(List<EventDraft> drafts, Discourse discourse, List<CoreSentence> sentences) {
        Map<String, Event> merged = new LinkedHashMap<>();
        String lastAgree = null;
        for (EventDraft d : drafts) {
            if (d.anaphoric && d.type == org.entente.event.EventType.AGREE && lastAgree != null
                    && completes(merged, lastAgree, d, discourse)) {
                continue;
            }
            List<Actor> actors = new ArrayList<>();
            List<Person> people = new ArrayList<>();
            for (Participant p : d.parties) {
                Actor a = discourse.actors.canonical(p.actor());
                if (!actors.contains(a)) {
                    actors.add(a);
                }
                if (p.person() != null) {
                    people.add(new Person(p.person().name(), p.person().title(), a.name()));
                }
            }
            if (actors.size() < (d.type == org.entente.event.EventType.ATTEND ? 1 : 2) || sameBodyTwice(actors)) {
                continue;
            }
            d.eventName = discourse.settled(d.eventName);
            if (d.type == org.entente.event.EventType.ATTEND && d.eventName == null) {
                continue;   // "the exhibition", and the article never says which
            }
            List<String> sphereList = new ArrayList<>(spheres.spheresOf(lemmas(sentences.get(d.sentence))));
            if (d.eventName != null && (d.date == null || d.location == null)) {
                // the gathering's own date and place, learned anywhere in the article
                discourse.gathering(d.eventName).ifPresent(g -> {
                    d.date = d.date != null ? d.date : g.date();
                    d.location = d.location != null ? d.location : g.location();
                });
            }
            Event e = new Event(d.type, d.status, actors, d.instrument, d.eventName, people, d.date, d.location,
                    sphereList, d.evidence, d.confidence);
            String key = d.type + "|" + d.status + "|" + actors.stream().map(Actor::name).sorted().toList();
            if (d.type == org.entente.event.EventType.ATTEND && d.eventName != null) {
                // attending two gatherings is two events; two names of one gathering are one
                key += "|" + discourse.gathering(d.eventName).map(Discourse.Gathering::name).orElse(d.eventName);
            }
            Event old = merged.get(key);
            merged.put(key, old == null ? e : merge(old, e));
            if (d.type == org.entente.event.EventType.AGREE) {
                lastAgree = key;
            }
        }
        return List.copyOf(merged.values());
    }

    /** "Parliament" and "Parliament of Kyrgyzstan" in one event are one body meeting itself. */
    private static boolean sameBodyTwice(List<Actor> actors) {
        for (Actor a : actors) {
            for (Actor b : actors) {
                if (a != b && org.entente.actor.ActorNames.contains(a.name(), b.name())
                        && org.entente.actor.ActorRegistry.sameBodyLikely(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "The document was signed by the Agency's Chairman X and MUSIAD Vice-President Y": a later sentence
     * about the same document adds its signatories to the earlier event. A signatory whose body is not
     * among its parties acts for the party the sentences do not share.
     */
    private boolean completes(Map<String, Event> merged, String key, EventDraft d, Discourse discourse) {
        Event earlier = merged.get(key);
        List<Actor> parties = earlier.actors();
        List<Actor> mine = d.parties.stream().map(p -> discourse.actors.canonical(p.actor())).toList();
        if (mine.stream().noneMatch(parties::contains)) {
            return false;
        }
        List<Actor> unshared = parties.stream().filter(a -> !mine.contains(a)).toList();
        List<Person> people = new ArrayList<>(earlier.people());
        for (Participant p : d.parties) {
            if (p.person() == null || people.stream().anyMatch(q -> Objects.equals(q.name(), p.person().name()))) {
                continue;
            }
            Actor a = discourse.actors.canonical(p.actor());
            String forActor = parties.contains(a) ? a.name() : unshared.size() == 1 ? unshared.get(0).name() : a.name();
            people.add(new Person(p.person().name(), p.person().title(), forActor));
        }
        merged.put(key, new Event(earlier.type(), earlier.status(), parties,
                earlier.instrument() != null ? earlier.instrument() : d.instrument,
                earlier.eventName(), people, earlier.date() != null ? earlier.date() : d.date,
                earlier.location() != null ? earlier.location() : d.location, earlier.spheres(), earlier.evidence(),
                earlier.confidence()));
        return true;
    }

    /** Two reports of the same interaction in one article: keep the first, fill its gaps from the second. */
    private static Event merge(Event a, Event b) {
        List<Person> people = new ArrayList<>(a.people());
        for (Person p : b.people()) {
            if (people.stream().noneMatch(q -> Objects.equals(q.name(), p.name()))) {
                people.add(p);
            }
        }
        List<String> sph = new ArrayList<>(a.spheres());
        b.spheres().stream().filter(x -> !sph.contains(x)).forEach(sph::add);
        return new Event(a.type(), a.status(), a.actors(), a.instrument() != null ? a.instrument() : b.instrument(),
                a.eventName() != null ? a.eventName() : b.eventName(), people, a.date() != null ? a.date() : b.date(),
                a.location() != null ? a.location() : b.location(), sph,
                isHeadline(a.evidence()) && !isHeadline(b.evidence()) ? b.evidence() : a.evidence(),
                Math.max(a.confidence(), b.confidence()));
    }

    /**
     * A headline ("Chile, Peru discuss trade") states an event as well as the story's sentence that tells it again,
     * but says less; the sentence is the better evidence. A headline has no final stop.
     */
    private static boolean isHeadline(String evidence) {
        String t = evidence == null ? "" : evidence.strip().replaceAll("[\"'”’»)\\]]+$", "");
        return !t.isEmpty() && ".!?:;".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    private static List<String> lemmas(CoreSentence s) {
        return s.tokens().stream().map(t -> t.lemma() == null ? t.word() : t.lemma())
                .map(l -> l.toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
