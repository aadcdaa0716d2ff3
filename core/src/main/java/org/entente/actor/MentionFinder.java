package org.entente.actor;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.event.Actor;
import org.entente.event.ActorKind;
import org.entente.lexicon.WordList;

/**
 * Finds the words of a sentence that name actors: organisations from NER (extended to "Nexter company"),
 * countries, cities and regions, acronyms and short references ("the Agency") resolved against the
 * article's {@link ActorRegistry}.
 */
public final class MentionFinder {
    private static final Set<String> ORG_HEADS = WordList.load("organisation-heads.tsv").firstColumn();
    private static final Set<String> TITLE_WORDS = WordList.load("titles.tsv").firstColumn();
    private static final Set<String> DOCUMENT_WORDS = Set.of("mou", "mous", "moc", "loi", "fta");
    private static final Set<String> COMPANY_WORDS = Set.of("company", "corporation", "group", "holding", "firm",
            "concern", "enterprise");
    private static final Set<String> PLACE_SUFFIXES = Set.of("city", "province", "region", "municipality",
            "district", "county", "prefecture", "oblast", "governorate", "state");

    private final ActorFactory factory;

    public MentionFinder(ActorFactory factory) {
        this.factory = factory;
    }

    /** The actor mentions of one sentence, registering new actors with the article's registry. */
    public List<ActorMention> find(CoreSentence sentence, ActorRegistry registry) {
        List<CoreLabel> tokens = sentence.tokens();
        List<ActorMention> out = new ArrayList<>();
        boolean[] taken = new boolean[tokens.size()];
        for (CoreEntityMention m : sentence.entityMentions()) {
            int b = m.tokens().get(0).index() - 1;
            int e = m.tokens().get(m.tokens().size() - 1).index();
            String type = m.entityType();
            ActorMention found = switch (type) {
                case "ORGANIZATION" -> null;
                case "COUNTRY" -> country(tokens, b, e, registry);
                case "CITY", "STATE_OR_PROVINCE" -> city(tokens, b, e, registry);
                case "PERSON", "LOCATION", "MISC" -> companyWord(tokens, e) ? namedCompany(tokens, b, e, registry)
                        : "LOCATION".equals(type) ? placeNamed(tokens, b, e, registry) : null;
                default -> null;
            };
            List<ActorMention> orgs = type.equals("ORGANIZATION") && !overlaps(out, b, e)
                    ? organisations(tokens, b, e, registry) : List.of();
            for (ActorMention o : orgs) {
                out.removeIf(x -> x.place() && x.begin() < o.end() && o.begin() < x.end());
                out.add(o);
                for (int i = o.begin(); i < o.end(); i++) {
                    taken[i] = true;
                }
            }
            if (found != null && !overlaps(out, found.begin(), found.end())) {
                out.add(found);
                for (int i = found.begin(); i < found.end(); i++) {
                    taken[i] = true;
                }
            }
        }
        findUnlabelledOrganisations(tokens, taken, registry, out);
        findUnlabelledCompanies(tokens, taken, registry, out);
        findReferences(tokens, taken, registry, out);
        out.sort(java.util.Comparator.comparingInt(ActorMention::begin));
        return countryQualifiers(tokens, out, registry);
    }

    /**
     * "Leonardo (Italy) and EDGE (UAE)", "the Port Training Institute (PTI) Chile", "Lima Naval College, Peru.": a
     * country in brackets, or after the organisation's bracketed acronym, or set off by a comma at the end of
     * a clause, says where the organisation is from; it is no actor of its own. ("X, Peru and Chile" is a list.)
     */
    private static List<ActorMention> countryQualifiers(List<CoreLabel> tokens, List<ActorMention> found,
                                                          ActorRegistry registry) {
        List<ActorMention> out = new ArrayList<>(found);
        for (int k = 1; k < out.size(); k++) {
            ActorMention org = out.get(k - 1);
            ActorMention country = out.get(k);
            if (!country.place() || country.actor().kind() != ActorKind.COUNTRY || org.place()) {
                continue;
            }
            boolean bracketed = country.begin() == org.end() + 1 && country.end() < tokens.size()
                    && isOpenBracket(tokens.get(org.end())) && isCloseBracket(tokens.get(country.end()));
            boolean afterAcronym = country.begin() == org.end() + 1 && isCloseBracket(tokens.get(org.end()))
                    && k >= 2 && out.get(k - 2).actor().equals(org.actor()) && org.begin() >= 1
                    && isOpenBracket(tokens.get(org.begin() - 1));
            // the same when NER left the acronym out: "Institute (PTI) Chile"
            boolean afterBareAcronym = country.begin() == org.end() + 3 && isOpenBracket(tokens.get(org.end()))
                    && isCloseBracket(tokens.get(org.end() + 2)) && tokens.get(org.end() + 1).word().matches("[A-Z][A-Z&-]+");
            boolean commaAtClauseEnd = country.begin() == org.end() + 1 && tokens.get(org.end()).word().equals(",")
                    && (country.end() == tokens.size() || tokens.get(country.end()).word().matches("[.;:]"));
            if (!(bracketed || afterAcronym || afterBareAcronym || commaAtClauseEnd)) {
                continue;
            }
            if (afterAcronym && org.actor().country() == null) {
                ActorMention full = out.get(k - 2);
                Actor a = registry.register(new Actor(full.actor().name(), country.actor().country(), full.actor().kind()));
                out.set(k - 2, new ActorMention(full.begin(), full.end(), a, false));
            }
            Actor a = org.actor();
            if (a.country() == null) {
                a = registry.register(new Actor(a.name(), country.actor().country(), a.kind()));
                out.set(k - 1, new ActorMention(org.begin(), org.end(), a, false));
            }
            out.remove(k);
            k--;
        }
        return out;
    }

    private static final Pattern JOINT_BODY = Pattern.compile("^\\p{Lu}[\\p{L}.]*[-–]\\p{Lu}");

    /**
     * Whether an actor is a body of two countries named after both ("the Chile-Peru Joint Commission", as
     * {@link #find} names them): the forum of two sides, not one side of its own.
     */
    public static boolean isJointBody(Actor a) {
        return a.kind() == ActorKind.IGO && a.country() == null && JOINT_BODY.matcher(a.name()).find();
    }

    /**
     * Organisations around an NER span. NER often cuts long names ("Transport, Communications and High
     * Technologies Ministry") or glues titles and names to them, so the span is regrown over the capitalised
     * name chunk, cut at possessives, persons and titles, and split where two named bodies are coordinated
     * ("Defense Ministry and Defense Industry Ministry of Mongolia").
     */
    private List<ActorMention> organisations(List<CoreLabel> tokens, int b, int e, ActorRegistry registry) {
        for (int i = b; i < e; i++) {
            if (isPossessive(tokens.get(i))) {
                // "Agency's Board": the organisation is the possessor
                e = i;
                break;
            }
        }
        for (int i = b; i + 1 < e; i++) {
            if (tokens.get(i).word().matches("(?i)ministers?") && tokens.get(i + 1).word().matches("of|for")) {
                b = i + 2;   // "Uzbek Minister of Water Management" tagged as one organisation
                break;
            }
        }
        while (b < e && (isDeterminer(tokens.get(b)) || !nameToken(tokens.get(b)))) {
            b++;
        }
        while (e > b && !nameToken(tokens.get(e - 1))) {
            e--;
        }
        if (b >= e) {
            return List.of();
        }
        int cb = b;
        while (cb > 0) {
            CoreLabel t = tokens.get(cb - 1);
            if (nameToken(t)) {
                cb--;
            } else if (cb >= 2 && isConnector(t, tokens.get(cb - 2)) && nameToken(tokens.get(cb - 2))
                    && !(isCoordinator(t) && isPlace(tokens.get(cb - 2)))
                    && !(t.word().equals(",") && !(singleFieldWord(tokens, cb - 2) && singleFieldWord(tokens, cb)))) {
                cb--;
            } else {
                break;
            }
        }
        while (cb < b && !nameToken(tokens.get(cb))) {
            cb++;
        }
        int ce = e;
        while (ce < tokens.size()) {
            CoreLabel t = tokens.get(ce);
            if (nameToken(t) || hyphenated(tokens, ce)) {
                ce++;
            } else if (ce + 2 < tokens.size() && t.word().matches("of|for") && tokens.get(ce + 1).word().equals("the")
                    && nameToken(tokens.get(ce + 2))) {
                ce += 2;
            } else if (ce + 1 < tokens.size() && isConnector(t, tokens.get(ce - 1)) && nameToken(tokens.get(ce + 1))
                    && !(isCoordinator(t) && isPlace(tokens.get(ce + 1)))
                    && !(t.word().equals(",") && !(singleFieldWord(tokens, ce + 1) && singleFieldWord(tokens, ce - 1)))) {
                ce++;
            } else {
                break;
            }
        }
        while (cb < ce - 1 && tokens.get(cb).tag().matches("VB.*|TO|IN|RB.*")) {
            cb++;   // "Set Up Joint Business Council" in a title-case headline
        }
        if (commaInside(tokens, cb, ce) && !containsHead(tokens, cb, ce)) {
            return List.of();   // "in the areas of Energy, Agriculture, Defense": fields listed, no body named
        }
        if (ce < tokens.size() && tokens.get(ce).word().matches("(?i)minister") && !containsHead(tokens, cb, ce)
                && !tokens.get(ce - 1).word().matches("(?i)prime|chief")) {
            // "Azerbaijani Defence Industry Minister": the words before a minister name the ministry
            int fb = cb;
            String demonymCountry = null;
            Optional<Actor> c = factory.country(tokens.get(cb).word());
            if (c.isPresent() && ce - cb > 1) {
                demonymCountry = c.get().country();
                fb++;
            }
            Actor actor = factory.organisation("Ministry of " + text(tokens, fb, ce), demonymCountry);
            actor = registry.register(new Actor(actor.name(), actor.country(), ActorKind.GOV));
            return List.of(new ActorMention(cb, ce, actor, false));
        }
        if (ce < tokens.size() && isTitleWord(tokens.get(ce)) && !isHead(tokens.get(ce - 1))) {
            // "European Union Trade Commissioner Cecilia Malmström": the field belongs to the title
            for (int k = ce - 1; k > cb && tokens.get(k).tag().startsWith("NNP"); k--) {
                if (isHead(tokens.get(k - 1))) {
                    ce = k;   // not across "of": "Jordan Chamber of Industry Chairman" keeps its name
                    break;
                }
            }
        }
        for (int i = Math.max(cb, b); i + 1 < ce; i++) {
            // "... of Azerbaijan Vugar Mustafayev": a name never runs on after its country without a connector;
            // a demonym does ("Federation of Indian Chambers of Commerce")
            String word = tokens.get(i).word();
            boolean country = factory.isCountryName(word) && ("COUNTRY".equals(tokens.get(i).ner())
                    || !word.matches("\\p{Lu}+"));
            if (country && !"COUNTRY".equals(tokens.get(i + 1).ner()) && nameToken(tokens.get(i + 1)) && i > cb) {
                ce = i + 1;
                break;
            }
        }
        if (isAcronym(tokens.get(cb).word()) && ce - cb > 1 && registry.byAcronym(tokens.get(cb).word()).isPresent()) {
            // "USAID Azerbaijan Mission Director": a known acronym followed by title words
            return List.of(new ActorMention(cb, cb + 1, registry.byAcronym(tokens.get(cb).word()).get(), false));
        }
        if (cb >= 2 && tokens.get(cb - 1).word().matches("[-–]") && ce - cb > 1 && containsHead(tokens, cb, ce)
                && factory.country(tokens.get(cb - 2).word()).isPresent() && factory.country(tokens.get(cb).word()).isPresent()) {
            // "the Chile-Peru Joint Commission": a body of two countries, neither's alone (see isJointBody)
            Actor joint = registry.register(new Actor(tokens.get(cb - 2).word() + "-" + text(tokens, cb, ce), null, ActorKind.IGO));
            return List.of(new ActorMention(cb - 2, ce, joint, false));
        }
        String ministry = factory.country(text(tokens, cb, ce)).isEmpty() && cb >= 2 && tokens.get(cb - 1).word().matches("of|for")
                && tokens.get(cb - 2).word().matches("(?i)ministers?") ? "Ministry " + tokens.get(cb - 1).word() + " "
                : null;
        List<ActorMention> out = new ArrayList<>();
        List<int[]> parts = splitCoordinated(tokens, cb, ce);
        if (ministry != null && parts.size() == 1) {
            // "Minister of Energy of Azerbaijan": the title names its ministry
            String text = ministry + text(tokens, cb, ce);
            String country = possessorCountry(tokens, cb - 2);
            if (country == null && cb >= 3 && "NATIONALITY".equals(tokens.get(cb - 3).ner())) {
                country = factory.country(tokens.get(cb - 3).word()).map(Actor::country).orElse(null);
            }
            Actor actor = registry.register(factory.organisation(text, country));
            return List.of(new ActorMention(cb, ce, actor, false));
        }
        String sharedCountryTail = countryTail(tokens, parts.get(parts.size() - 1));
        for (int[] part : parts) {
            ActorMention m = organisation(tokens, part[0], part[1], registry,
                    parts.size() > 1 && countryTail(tokens, part) == null ? sharedCountryTail : null);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private ActorMention organisation(List<CoreLabel> tokens, int b, int e, ActorRegistry registry, String tail) {
        String text = text(tokens, b, e);
        if (e - b == 1 && DOCUMENT_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
            return null;   // "an MOU" tagged as an organisation
        }
        if (b >= 2 && e < tokens.size() && isOpenBracket(tokens.get(b - 1)) && isCloseBracket(tokens.get(e))
                && isPlace(tokens.get(b - 2)) && b - 2 <= 1) {
            // "Hanoi (VNA) –": the news agency credited in a dateline is no party
            return null;
        }
        if (e - b == 1 && isAcronym(text)) {
            Optional<Actor> full = registry.byAcronym(text);
            if (full.isPresent()) {
                return new ActorMention(b, e, full.get(), false);
            }
        }
        if (e - b == 1 && ORG_HEADS.contains(lemma(tokens.get(b)))) {
            Optional<Actor> ref = registry.byReference(lemma(tokens.get(b)), null);
            return ref.map(a -> new ActorMention(b, e, a, false)).orElse(null);
        }
        if (distributed(tokens, e)) {
            text = singularHeads(tokens, b, e, text);
        }
        String possessor = possessorCountry(tokens, b);
        Actor actor = factory.organisation(tail == null ? text : text + " " + tail, possessor);
        actor = registry.register(actor);
        // "Agency for International Development (USAID)": the bracket declares an acronym
        if (e + 2 < tokens.size() && isOpenBracket(tokens.get(e)) && isAcronym(tokens.get(e + 1).word())
                && isCloseBracket(tokens.get(e + 2))) {
            registry.acronym(tokens.get(e + 1).word(), actor);
        }
        return new ActorMention(b, e, actor, false);
    }

    /**
     * "the Central Banks of Azerbaijan and Uzbekistan": a plural name followed by more places is one body
     * per place; "the UAE Chambers of Commerce" alone is the name as written.
     */
    private static boolean distributed(List<CoreLabel> tokens, int e) {
        int k = e;
        if (k < tokens.size() && isCoordinator(tokens.get(k))) {
            k++;
            if (k < tokens.size() && isDeterminer(tokens.get(k))) {
                k++;
            }
            return k < tokens.size() && isPlace(tokens.get(k));
        }
        return false;
    }

    /** "Central Banks of Azerbaijan" names one bank of Azerbaijan (the others follow by coordination). */
    private static String singularHeads(List<CoreLabel> tokens, int b, int e, String text) {
        for (int i = b; i < e; i++) {
            String w = tokens.get(i).word();
            String lower = w.toLowerCase(Locale.ROOT);
            String single = lower.endsWith("ies") ? lower.substring(0, lower.length() - 3) + "y"
                    : lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
            if (!single.equals(lower) && ORG_HEADS.contains(single) && Character.isUpperCase(w.charAt(0))) {
                text = text.replace(w, Character.toUpperCase(single.charAt(0)) + single.substring(1));
            }
        }
        return text;
    }

    /**
     * Splits "A Ministry and B Ministry of X" into its bodies; "Ministry of Agriculture and Rural Development" stays.
     * A demonym opening the second conjunct opens a body of its own ("Danieli Group and Polish Armaments
     * Group"): no single name coordinates its field with a nationality.
     */
    private List<int[]> splitCoordinated(List<CoreLabel> tokens, int b, int e) {
        List<int[]> parts = new ArrayList<>();
        int start = b;
        for (int i = b + 1; i < e - 1; i++) {
            CoreLabel t = tokens.get(i);
            if (isCoordinator(t) && containsHead(tokens, start, i)
                    && (containsHead(tokens, i + 1, e) || isDemonym(tokens.get(i + 1)))) {
                parts.add(new int[] {start, i});
                start = i + 1;
            }
        }
        parts.add(new int[] {start, e});
        return parts;
    }

    /** "of Mongolia" at the end of a part, to share with the coordinated bodies before it. */
    private String countryTail(List<CoreLabel> tokens, int[] part) {
        int e = part[1];
        if (e - part[0] >= 3 && tokens.get(e - 2).word().equals("of")
                && factory.country(tokens.get(e - 1).word()).isPresent()) {
            return "of " + tokens.get(e - 1).word();
        }
        return null;
    }

    private static boolean isTitleWord(CoreLabel t) {
        return TITLE_WORDS.contains(t.word().toLowerCase(Locale.ROOT)) || "TITLE".equals(t.ner());
    }

    private static boolean commaInside(List<CoreLabel> tokens, int b, int e) {
        for (int i = b; i < e; i++) {
            if (tokens.get(i).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "Turkish", "Azerbaijani": a word naming a country's people, not the country. */
    private boolean isDemonym(CoreLabel t) {
        return !factory.isCountryName(t.word()) && factory.country(t.word()).isPresent();
    }

    private static boolean containsHead(List<CoreLabel> tokens, int b, int e) {
        for (int i = b; i < e; i++) {
            if (isHead(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** A token NER tagged as a place: country, city, province or other location. */
    public static boolean isPlace(CoreLabel t) {
        String n = t.ner();
        return "COUNTRY".equals(n) || "CITY".equals(n) || "STATE_OR_PROVINCE".equals(n) || "LOCATION".equals(n);
    }

    private static boolean isHead(CoreLabel t) {
        String l = lemma(t);
        String single = l.endsWith("ies") ? l.substring(0, l.length() - 3) + "y"
                : l.endsWith("s") ? l.substring(0, l.length() - 1) : l;
        return ORG_HEADS.contains(l) || COMPANY_WORDS.contains(l) || ORG_HEADS.contains(single);
    }

    /** A word that can be part of a proper organisation name. */
    private static boolean nameToken(CoreLabel t) {
        String w = t.word();
        if (TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (w.isEmpty() || "PERSON".equals(t.ner()) || "TITLE".equals(t.ner()) || "DATE".equals(t.ner())
                || isPossessive(t) || t.tag().equals("POS") || t.tag().startsWith("PRP") || t.tag().equals("DT")) {
            return false;
        }
        char c = w.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) && t.tag().equals("NNP") || w.equals("&");
    }

    /**
     * "Transport, Communications and High Technologies": a comma joins a name's fields only when the words on
     * both sides of it are single words between commas, "and" or "of"; "Fincantieri, Ansaldo Energia, Danieli" is
     * a list of names.
     */
    private static boolean singleFieldWord(List<CoreLabel> tokens, int i) {
        boolean leftBound = i == 0 || tokens.get(i - 1).word().matches(",|and|of|for|the|The")
                || isPossessive(tokens.get(i - 1));
        boolean rightBound = i + 1 >= tokens.size() || tokens.get(i + 1).word().matches(",|and");
        return leftBound && rightBound;
    }

    /** "Medium-sized" split by the tokenizer: a lower-case word after a hyphen inside a name. */
    private static boolean hyphenated(List<CoreLabel> tokens, int i) {
        return i >= 2 && tokens.get(i - 1).word().equals("-") && nameToken(tokens.get(i - 2))
                && Character.isLowerCase(tokens.get(i).word().charAt(0)) && tokens.get(i).tag().startsWith("JJ")
                || tokens.get(i).word().equals("-") && i >= 1 && nameToken(tokens.get(i - 1))
                && i + 1 < tokens.size() && (tokens.get(i + 1).tag().startsWith("JJ") || nameToken(tokens.get(i + 1)));
    }

    /** Legal forms end a company's name: "Qazaq Camel LLP and Xinjang Huaken Dairy Group" are two companies. */
    private static final Set<String> LEGAL_FORMS = Set.of("llp", "llc", "ltd", "jsc", "pjsc", "ojsc", "cjsc", "inc",
            "plc", "gmbh", "ag", "corp", "bv", "nv", "ooo", "oao", "pvt");

    private static boolean isConnector(CoreLabel t, CoreLabel neighbour) {
        String w = t.word();
        if (isCoordinator(t) && LEGAL_FORMS.contains(neighbour.word().toLowerCase(Locale.ROOT).replace(".", ""))) {
            return false;
        }
        return w.equals("of") || w.equals("for") || w.equals("and") || w.equals(",") || w.equals("&")
                || w.equals("on") || w.equals("the") && (neighbour.word().equals("of") || neighbour.word().equals("for"));
    }

    private static boolean isCoordinator(CoreLabel t) {
        return t.word().equals("and") || t.word().equals(",") || t.word().equals("&");
    }

    private ActorMention country(List<CoreLabel> tokens, int b, int e, ActorRegistry registry) {
        return factory.country(text(tokens, b, e))
                .map(a -> new ActorMention(b, e, registry.register(a), true)).orElse(null);
    }

    /** NER's generic LOCATION: a country or a city the gazetteer knows, else nothing. */
    private ActorMention placeNamed(List<CoreLabel> tokens, int b, int e, ActorRegistry registry) {
        ActorMention c = country(tokens, b, e, registry);
        if (c != null) {
            return c;
        }
        int bare = e;
        if (e - b > 1 && PLACE_SUFFIXES.contains(lower(tokens.get(e - 1)))) {
            bare = e - 1;   // "Andong City": the gazetteer knows Andong
        }
        return factory.countryOfPlace(text(tokens, b, bare)) == null ? null : city(tokens, b, bare, registry);
    }

    private ActorMention city(List<CoreLabel> tokens, int b, int e, ActorRegistry registry) {
        int end = e;
        if (end < tokens.size() && PLACE_SUFFIXES.contains(lower(tokens.get(end)))
                && (Character.isUpperCase(tokens.get(end).word().charAt(0))
                || lower(tokens.get(end)).matches("region|province|oblast|governorate|prefecture"))) {
            end++;
        }
        String name = text(tokens, b, end);
        Optional<Actor> country = factory.country(name);
        if (country.isPresent()) {
            return new ActorMention(b, end, registry.register(country.get()), true);
        }
        Actor a = factory.place(name, text(tokens, b, e));
        return a == null ? null : new ActorMention(b, end, registry.register(a), true);
    }

    private static boolean overlaps(List<ActorMention> found, int b, int e) {
        return found.stream().anyMatch(m -> m.begin() < e && b < m.end());
    }

    /** "Nexter company", "Leonardo company": a proper name the NER took for a place or person. */
    private ActorMention namedCompany(List<CoreLabel> tokens, int b, int e, ActorRegistry registry) {
        Actor a = registry.register(factory.organisation(text(tokens, b, e), possessorCountry(tokens, b)));
        return new ActorMention(b, e, a, false);
    }

    /** "Agency for Small and Medium-sized Businesses Development": a capitalised head the NER missed. */
    private void findUnlabelledOrganisations(List<CoreLabel> tokens, boolean[] taken, ActorRegistry registry,
                                             List<ActorMention> out) {
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            boolean ownedByBody = i > 1 && isPossessive(tokens.get(i - 1))
                    && factory.country(tokens.get(i - 2).word()).isEmpty();
            // NER sometimes calls a body's head word a place ("the UAE Chambers of Commerce" as LOCATION and
            // CITY); an organisation head overrides a place, never another organisation
            final int at = i;
            boolean takenByBody = taken[i] && out.stream().anyMatch(x -> !x.place() && x.begin() <= at && at < x.end());
            if (takenByBody || !isHead(t) || !Character.isUpperCase(t.word().charAt(0)) || !t.tag().startsWith("NNP")
                    || ownedByBody) {
                continue;
            }
            for (ActorMention m : organisations(tokens, i, i + 1, registry)) {
                boolean free = out.stream().noneMatch(x -> !x.place() && x.begin() < m.end() && m.begin() < x.end());
                if (!free || m.end() - m.begin() < 2 && registry.byReference(lemma(t), null).isPresent()) {
                    continue;
                }
                out.removeIf(x -> x.place() && x.begin() < m.end() && m.begin() < x.end());
                out.add(m);
                for (int k = m.begin(); k < m.end(); k++) {
                    taken[k] = true;
                }
            }
        }
    }

    private void findUnlabelledCompanies(List<CoreLabel> tokens, boolean[] taken, ActorRegistry registry,
                                         List<ActorMention> out) {
        for (int i = 1; i < tokens.size(); i++) {
            if (!COMPANY_WORDS.contains(lower(tokens.get(i))) || taken[i]) {
                continue;
            }
            int e = i;
            int b = e;
            while (b > 0 && !taken[b - 1] && tokens.get(b - 1).tag().startsWith("NNP")
                    && !"NATIONALITY".equals(tokens.get(b - 1).ner())) {
                b--;
            }
            if (b < e) {
                ActorMention m = namedCompany(tokens, b, e, registry);
                out.add(m);
                for (int k = b; k < e; k++) {
                    taken[k] = true;
                }
            }
        }
    }

    /** "the Agency", "the ministry", "the Azerbaijani agency", "the Central Bank": an organisation named before. */
    private void findReferences(List<CoreLabel> tokens, boolean[] taken, ActorRegistry registry,
                                List<ActorMention> out) {
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (taken[i] || !t.tag().startsWith("NN") || !ORG_HEADS.contains(lemma(t))) {
                continue;
            }
            int b = i;
            String countryHint = null;
            while (b > 0 && !taken[b - 1] && (tokens.get(b - 1).tag().startsWith("NN")
                    || tokens.get(b - 1).tag().equals("JJ") || "NATIONALITY".equals(tokens.get(b - 1).ner()))) {
                if ("NATIONALITY".equals(tokens.get(b - 1).ner())) {
                    countryHint = factory.country(tokens.get(b - 1).word()).map(Actor::country).orElse(null);
                    break;
                }
                b--;
            }
            boolean definite = b > 0 && (isDeterminer(tokens.get(b - 1)) || tokens.get(b - 1).tag().equals("PRP$")
                    || "NATIONALITY".equals(tokens.get(b - 1).ner()));
            boolean capitalised = Character.isUpperCase(t.word().charAt(0)) && i > 0;
            if (!definite && !capitalised) {
                continue;
            }
            String phrase = text(tokens, b, i) + (b < i ? " " : "") + lemma(t);
            Optional<Actor> ref = registry.byReference(phrase, countryHint);
            if (ref.isEmpty() && b < i) {
                ref = registry.byReference(lemma(t), countryHint);
            }
            if (ref.isPresent()) {
                out.add(new ActorMention(b, i + 1, ref.get(), false));
                for (int k = b; k <= i; k++) {
                    taken[k] = true;
                }
            }
        }
    }

    /** "Azerbaijan's Agency": the country in a possessive right before the name. */
    private String possessorCountry(List<CoreLabel> tokens, int b) {
        if (b >= 2 && isPossessive(tokens.get(b - 1))) {
            Optional<Actor> one = factory.country(tokens.get(b - 2).word());
            if (one.isEmpty() && b >= 3) {
                one = factory.country(text(tokens, b - 3, b - 1));   // "Saudi Arabia's", "North Macedonia's"
            }
            return one.map(Actor::country).orElse(null);
        }
        return null;
    }

    public static boolean isPossessive(CoreLabel t) {
        return t.tag().equals("POS") || t.word().equals("'s") || t.word().equals("’s");
    }

    private static boolean isDeterminer(CoreLabel t) {
        return t.tag().equals("DT");
    }

    private static boolean isAcronym(String w) {
        String s = w.replace(".", "");
        return s.length() >= 2 && s.length() <= 8 && s.chars().allMatch(c -> Character.isUpperCase(c)
                || Character.isDigit(c)) && Character.isLetter(s.charAt(0));
    }

    private static boolean isOpenBracket(CoreLabel t) {
        return t.word().equals("(") || t.word().equals("-LRB-");
    }

    private static boolean isCloseBracket(CoreLabel t) {
        return t.word().equals(")") || t.word().equals("-RRB-");
    }

    private static boolean companyWord(List<CoreLabel> tokens, int e) {
        return e < tokens.size() && COMPANY_WORDS.contains(lower(tokens.get(e)));
    }

    private static String lower(CoreLabel t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    private static String lemma(CoreLabel t) {
        return t.lemma() == null ? lower(t) : t.lemma().toLowerCase(Locale.ROOT);
    }

    /** The original text of tokens [b, e), with the spacing the article had. */
    public static String text(List<CoreLabel> tokens, int b, int e) {
        StringBuilder s = new StringBuilder();
        for (int i = b; i < e; i++) {
            CoreLabel t = tokens.get(i);
            if (i > b) {
                s.append(t.before());
            }
            s.append(t.originalText());
        }
        return s.toString();
    }

    static boolean isOrganisationKind(ActorKind k) {
        return k != ActorKind.COUNTRY && k != ActorKind.CITY;
    }
}
