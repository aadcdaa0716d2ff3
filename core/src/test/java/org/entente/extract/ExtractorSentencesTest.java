package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.article.Article;
import org.entente.event.Actor;
import org.entente.event.Event;
import org.entente.event.EventType;
import org.entente.event.Status;
import org.junit.jupiter.api.Test;

/** Whole-pipeline behaviour on short texts written for these tests. */
class ExtractorSentencesTest {
    static final Extractor EXTRACTOR = new Extractor();

    static List<Event> events(String text) throws ArticleRejectedException {
        return EXTRACTOR.extract(new Article("t", null, LocalDate.of(2023, 5, 10), text)).events();
    }

    /** The first event of a type, failing with every event found when there is none. */
    static Event first(List<Event> ev, EventType type) {
        return ev.stream().filter(e -> e.type() == type).findFirst().orElseThrow(() -> new AssertionError(ev));
    }

    static Set<String> countries(Event e) {
        return e.actors().stream().map(Actor::country).collect(Collectors.toSet());
    }

    static Set<String> names(Event e) {
        return e.actors().stream().map(Actor::name).collect(Collectors.toSet());
    }

    @Test
    void aTitledPersonTheParserLeftWithoutAVerbStillMeetsEachListedCompany() throws Exception {
        // parsed with "adviser" as the root and "met" hanging on it, the name glued to the ministry's
        List<Event> ev = events("During the exhibition, adviser to the Azerbaijani Ministry of Economy Elnur Aliyev met "
                + "with the management of such German companies as Siemens, Bosch and Turkish Airlines.");
        List<Event> meetings = ev.stream().filter(e -> e.type() == EventType.MEET).toList();
        assertEquals(Set.of("Siemens", "Bosch", "Turkish Airlines"), meetings.stream()
                .flatMap(e -> e.actors().stream()).map(Actor::name)
                .filter(n -> !n.contains("Ministry")).collect(Collectors.toSet()), ev.toString());
        for (Event m : meetings) {
            assertEquals(2, m.actors().size(), m.toString());
            assertTrue(m.actors().get(0).name().endsWith("Ministry of Economy"), m.toString());
            assertEquals("AZE", m.actors().get(0).country(), m.toString());
        }
        assertEquals("TUR", meetings.stream().flatMap(e -> e.actors().stream())
                .filter(a -> a.name().equals("Turkish Airlines")).findFirst().orElseThrow().country(),
                "a demonym in the member's own name beats the list's");
        assertEquals("adviser to the Azerbaijani Ministry of Economy", meetings.get(0).people().get(0).title());
    }

    @Test
    void namesListedWithCommasAreSeparateBodiesAndListedFieldsAreNone() throws Exception {
        List<Event> ev = events("During the fair, adviser to the Georgian Ministry of Economy Levan Beridze met with the "
                + "management of such Italian companies as Fincantieri, Leonardo, Ansaldo Energia, Danieli Group and "
                + "Polish Armaments Group.");
        Set<String> companies = Set.of("Fincantieri", "Leonardo", "Ansaldo Energia", "Danieli Group", "Polish Armaments Group");
        for (Event e : ev) {
            assertEquals(1, e.actors().stream().filter(a -> companies.contains(a.name())).count(),
                    "the companies met the ministry, not one another: " + e);
        }
        assertEquals(companies, ev.stream().flatMap(e -> e.actors().stream()).map(Actor::name)
                .filter(companies::contains).collect(Collectors.toSet()), ev.toString());
        List<Event> signed = events("Kenya's Minister of Trade Peter Kamau and his Ghanaian counterpart, Kwame Mensah, "
                + "held talks and signed four agreements in the areas of Mining, Fisheries, Water, Customs, "
                + "Higher Education, Road Safety as well as Public Health Research.");
        assertTrue(signed.stream().flatMap(e -> e.actors().stream()).noneMatch(a -> a.name().contains(",")), signed.toString());
        assertEquals(Set.of("KEN", "GHA"), countries(first(signed, EventType.AGREE)), signed.toString());
    }

    @Test
    void anAgreementReachedIsAnAgreementOfThePartiesThatReachedIt() throws Exception {
        Event agree = first(events("Kazakhstan and Kyrgyzstan reached consensus on water sharing."), EventType.AGREE);
        assertEquals(Set.of("Kazakhstan", "Kyrgyzstan"), names(agree));
        assertEquals(Status.PLANNED, first(events("Kazakhstan and Kyrgyzstan will reach an agreement on water sharing "
                + "next month."), EventType.AGREE).status());
        // the clause names nobody: the talks it closes do
        List<Event> ev = events("Uzbek Minister of Energy Jurabek Mirzamakhmudov held talks with representatives of "
                + "Siemens Energy, and an agreement was reached on the modernisation of power plants.");
        assertEquals(names(first(ev, EventType.MEET)), names(first(ev, EventType.AGREE)), ev.toString());
        assertTrue(events("The two ministers failed to reach an agreement on gas prices.").isEmpty());
        assertTrue(events("No agreement was reached on the border issue between Kazakhstan and Kyrgyzstan.").stream()
                .noneMatch(e -> e.type() == EventType.AGREE));
    }

    @Test
    void theMeetingAsASubjectIsTheMeetingToldOfBefore() throws Exception {
        List<Event> ev = events("Kenya's Minister of Agriculture Peter Kamau met with Polish Minister of Agriculture Jan "
                + "Nowak in Warsaw on Monday.\n\nThe meeting held fruitful discussions on seeds and irrigation, and an "
                + "agreement was reached to set up a joint working group.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals(names(first(ev, EventType.MEET)), names(agree), ev.toString());
        assertTrue(agree.evidence().startsWith("The meeting held"), agree.toString());
    }

    @Test
    void anUndatedArticleDatesAnEditionsEventsByTheYearInItsName() throws Exception {
        String text = "A cooperation agreement was signed between Georgia's Wine Agency and Moldova's Wine Office "
                + "as part of the international exhibition Caucasus Wine Expo 2021 in Tbilisi.\n\n"
                + "Caucasus Wine Expo 2021, which was held in Tbilisi on October 12-14, gathered producers from "
                + "thirty countries.";
        Event agree = first(EXTRACTOR.extract(new Article("t", null, null, text)).events(), EventType.AGREE);
        assertTrue(agree.date() != null && agree.date().startsWith("2021-10"), agree.toString());
    }

    @Test
    void anOfficeWithoutACountryBelongsToTheCountryTheAddressHeadlineNamesBesideTheOther() throws Exception {
        String text = "The Minister of Trade, Kwame Asante, on Tuesday met with the Deputy Minister of Economy of "
                + "Azerbaijan, Elnur Aliyev, at the International Food Fair in Istanbul, Türkiye, to discuss trade. "
                + "The fair, held in Istanbul every year, draws Turkish and foreign exhibitors.";
        Event meet = first(EXTRACTOR.extract(new Article("t", "https://paper.example.com/ghana-azerbaijan-discuss-trade/",
                LocalDate.of(2023, 5, 10), text)).events(), EventType.MEET);
        assertEquals(Set.of("GHA", "AZE"), countries(meet),
                meet.toString());
        Event withoutHeadline = first(events(text), EventType.MEET);
        assertTrue(withoutHeadline.actors().stream().noneMatch(a -> "GHA".equals(a.country())),
                "the text alone does not name Ghana: " + withoutHeadline);
    }

    @Test
    void theDelegationIsOfTheArticlesCountryAndItsCounterpartsUnderTheDocumentSign() throws Exception {
        Event agree = first(events("Ethiopia's ambassador spoke to reporters about Ethiopia's textile industry on "
                + "Friday. The Ambassador said the official delegation would sign Memorandums of Understanding (MoUs) "
                + "with their Pakistani counterparts in tourism and other fields."), EventType.AGREE);
        assertEquals(Status.PLANNED, agree.status());
        assertEquals(Set.of("Ethiopia", "Pakistan"), names(agree));
    }

    @Test
    void delegationsArrivingFromACountryVisitTheCountryTheyArriveIn() throws Exception {
        Event visit = first(events("The ambassador of Ghana said on Friday that officials and business delegations "
                + "were arriving in Peru from Ghana on May 16 to advance bilateral cooperation."), EventType.MEET);
        assertEquals(Set.of("Ghana", "Peru"), names(visit));
        assertEquals(Status.PLANNED, visit.status(), "the progressive with a day ahead is what is arranged");
        assertEquals("2023-05-16", visit.date(), "the date on the verb, not the saying's Friday");
        assertEquals("Peru", visit.location().name(), "the host country is where the visit happens");
        assertEquals(List.of(), events("The national team arrived in Doha from Paris on Sunday."), "no visit of a country");
        assertEquals(List.of(), events("Opposition activists arrived in Lima from the regions on Friday."));
    }

    @Test
    void anEnvoysPostingIsNotWhereTheVisitGoes() throws Exception {
        Event visit = first(events("The agreement was initiated during the visit of the former Ghanaian Ambassador to "
                + "Peru to the Municipality of Cusco in 2021."), EventType.MEET);
        assertTrue(names(visit).stream().noneMatch(n -> n.contains("Peru")), "Peru is the Ambassador's posting: " + visit);
        Event stateVisit = first(events("The visit of the President of Ghana to Peru took place in May."), EventType.MEET);
        assertTrue(names(stateVisit).contains("Peru"), stateVisit.toString());
    }

    @Test
    void passiveSigningBetweenTwoOrganisations() throws Exception {
        List<Event> ev = events("A memorandum of understanding was signed between Kazakhstan's Export Credit Agency "
                + "and the Georgian Railway Company in Tbilisi on May 8.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals(Status.DONE, agree.status());
        assertEquals(2, agree.actors().size());
        assertTrue(names(agree).contains("Export Credit Agency"), names(agree).toString());
        assertEquals("KAZ", agree.actors().stream().filter(a -> a.name().equals("Export Credit Agency"))
                .findFirst().orElseThrow().country());
        assertEquals("mou", agree.instrument().kind().json());
        assertEquals("2023-05-08", agree.date());
        assertEquals("Tbilisi", agree.location().name());
    }

    @Test
    void twoSchoolsJoinedByAndAreTwoParties() throws Exception {
        // "academy", "college" head their own names: "X Academy of A and Y College of B" is two bodies
        List<Event> ev = events("The agreements included a Memorandum of Understanding between the Maritime Training "
                + "Academy of Ghana and Mombasa Port College of Kenya.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals(Set.of("Maritime Training Academy of Ghana", "Mombasa Port College of Kenya"), names(agree));
        assertEquals(Set.of("GHA", "KEN"), countries(agree));
    }

    @Test
    void aCountryPairInTheSentenceGivesTheSideNotNamedOtherwise() throws Exception {
        // the first signer has no body the sentence names; "Kenya-Zambia" pairs the other side's country with his
        List<Event> ev = events("The Cabinet Secretary Dr. Peter Kamau and his Zambian counterpart, Grace Banda, held a "
                + "ministerial session of the 3rd Kenya-Zambia Joint Commission and signed six instruments of cooperation.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals(Set.of("Kenya", "Zambia"), names(agree));
        // no pair, no guess: one side alone is no event
        assertTrue(events("The Cabinet Secretary Dr. Peter Kamau and his Zambian counterpart, Grace Banda, signed six "
                + "instruments of cooperation.").stream().noneMatch(e -> e.type() == EventType.AGREE
                && names(e).contains("Kenya")));
    }

    @Test
    void plannedSigningIsNeverDone() throws Exception {
        List<Event> ev = events("The Ministry of Economy of Uzbekistan and the Ministry of Trade of Malaysia "
                + "will sign an agreement on investment protection next month.");
        assertTrue(ev.stream().anyMatch(e -> e.type() == EventType.AGREE && e.status() == Status.PLANNED), ev.toString());
        assertTrue(ev.stream().noneMatch(e -> e.status() == Status.DONE), ev.toString());
    }

    @Test
    void oneActorMeetingSeveralCompaniesGivesOneEventEach() throws Exception {
        List<Event> ev = events("Norway's Ministry of Trade held talks with Equinor, Aker Solutions and the Kongsberg Group.");
        List<Event> meets = ev.stream().filter(e -> e.type() == EventType.MEET).toList();
        assertEquals(3, meets.size(), meets.toString());
        meets.forEach(m -> assertEquals(2, m.actors().size()));
    }

    @Test
    void attendanceNeedsAGathering() throws Exception {
        List<Event> ev = events("Georgia was represented at the Berlin Tourism Fair ITB 2023 with a national stand.");
        Event attend = first(ev, EventType.ATTEND);
        assertEquals("GEO", attend.actors().get(0).country());
        assertTrue(attend.eventName() != null && attend.eventName().contains("Tourism Fair"), attend.eventName());
    }

    @Test
    void theExhibitionRefersToTheGatheringNamedBefore() throws Exception {
        List<Event> ev = events("Azerbaijan attended WorldFood-2023 in Tbilisi. "
                + "Armenia was also represented at the exhibition with a national stand.");
        Event armenia = ev.stream().filter(e -> e.type() == EventType.ATTEND
                && "ARM".equals(e.actors().get(0).country())).findFirst().orElseThrow(() -> new AssertionError(ev));
        assertEquals("WorldFood-2023", armenia.eventName());
        assertEquals("Tbilisi", armenia.location().name());
    }

    @Test
    void unrelatedNewsHasNoEvent() throws Exception {
        assertEquals(List.of(), events("Heavy rain flooded several streets in the capital on Monday, and the "
                + "weather service expects more showers this week."));
    }

    @Test
    void negatedMeetingIsNoEvent() throws Exception {
        List<Event> ev = events("The foreign ministers of Chile and Peru did not meet in Lima as planned.");
        assertTrue(ev.stream().noneMatch(e -> e.type() == EventType.MEET), ev.toString());
    }

    @Test
    void townsBecomingSisterCitiesAgree() throws Exception {
        List<Event> ev = events("Lahti and Mbale became sister cities.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals(Set.of("Lahti", "Mbale"), names(agree));
        assertEquals(Status.DONE, agree.status());
        List<Event> planned = events("Lahti will become a sister city of Mbale.");
        assertTrue(planned.stream().anyMatch(e -> e.type() == EventType.AGREE && e.status() == Status.PLANNED), planned.toString());
        assertTrue(events("Lahti is a city of lakes.").isEmpty());
    }

    @Test
    void partiesNamedDeepInsideTheDocumentsTitle() throws Exception {
        List<Event> ev = events("The mayors signed the 'Memorandum of Understanding on establishing friendly ties "
                + "between the city of Tartu and the city of Kutaisi'.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals(2, agree.actors().size(), agree.toString());
        assertEquals(Set.of("EST", "GEO"), countries(agree));
    }

    @Test
    void aPluralNameIsKeptAsWrittenUnlessPlacesShareIt() throws Exception {
        List<Event> ev = events("The Federation of Korean Chambers of Commerce signed a memorandum of understanding "
                + "with the Union of Chambers of Commerce of Chile.");
        Event agree = first(ev, EventType.AGREE);
        assertTrue(names(agree).contains("Federation of Korean Chambers of Commerce"), names(agree).toString());
    }

    @Test
    void attendingAGatheringTheParserMadeASubject() throws Exception {
        List<Event> ev = events("Deputy Prime Minister of Mongolia Bat Erdene attended the 2nd Business Forum "
                + "Mongolia-Korea held on May 8 in Seoul, Korea, where several documents were signed.");
        Event attend = first(ev, EventType.ATTEND);
        assertEquals("2nd Business Forum Mongolia-Korea", attend.eventName());
        assertEquals("MNG", attend.actors().get(0).country());
    }

    @Test
    void anUntitledLeaderActsForTheCountryTheStoryPlacesHimIn() throws Exception {
        List<Event> ev = events("Prime Minister Aroha Tane and Chile's Foreign Minister Diego Soto met in Wellington "
                + "on Tuesday to discuss trade.");
        Event meet = first(ev, EventType.MEET);
        assertEquals(Set.of("NZL", "CHL"), countries(meet),
                meet.toString());
    }

    @Test
    void aCountryNamedAsTheOwnerOfAThingLeavesItToTheUntitledLeader() throws Exception {
        // "Australia's trade" names Australia, but as no one else's: the untitled Prime Minister is its leader
        List<Event> ev = events("Canberra: Following Prime Minister Jane Hollis's visit to the UAE last month, "
                + "Australia's trade with the Gulf state is set to double.");
        Event meet = first(ev, EventType.MEET);
        assertEquals(Set.of("AUS", "ARE"), countries(meet),
                meet.toString());
        assertEquals("United Arab Emirates", meet.location().name(), "a country's initials are written out");
    }

    @Test
    void aCountryNamedAsTheOwnerOfAnOfficeIsTakenByIt() throws Exception {
        // "Chile's Foreign Minister" is Chile's: the untitled leader is not Chilean, whatever the article names most
        List<Event> ev = events("Chile's Foreign Minister Diego Soto visited Wellington. Chile's Foreign Minister "
                + "Diego Soto and Prime Minister Aroha Tane held talks in Wellington on Tuesday.");
        assertTrue(ev.stream().filter(e -> e.type() == EventType.MEET)
                .allMatch(e -> countries(e)
                        .equals(Set.of("CHL", "NZL"))), ev.toString());
    }

    @Test
    void negotiationsReportedBySomeoneElseAreBetweenTheSubjectsOfTheirClause() throws Exception {
        // the sentence's main subject is the ministry that speaks; those negotiating are the subject of "expect"
        List<Event> ev = events("Chile and Peru expect that negotiations for a free trade agreement will resume "
                + "soon, Chile's foreign ministry said on Monday.");
        Event meet = first(ev, EventType.MEET);
        assertEquals(Set.of("Chile", "Peru"), names(meet), ev.toString());
    }

    @Test
    void pluralMinistriesOfAPortfolioOfTwoCountriesAreOneMinistryEach() throws Exception {
        List<Event> ev = events("Others included a Memorandum of Understanding between the Ministries of Health of "
                + "Chile and Peru.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals(Set.of("Ministry of Health of Chile", "Ministry of Health of Peru"), names(agree), ev.toString());
    }

    @Test
    void aBodyWithItsAcronymAndCountryIsCoordinatedWithTheNextBody() throws Exception {
        List<Event> ev = events("Others included a Memorandum of Understanding between the Port Training Institute "
                + "(PTI) Chile and Lima Naval College, Peru.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals(Set.of("Port Training Institute", "Lima Naval College"), names(agree), ev.toString());
    }

    @Test
    void anAmbassadorToACountryActsForHisOwn() throws Exception {
        List<Event> ev = events("The Chilean Ambassador to Peru Tom Baker met Peruvian Foreign Minister Ana Rojas in Lima.");
        Event meet = first(ev, EventType.MEET);
        assertEquals(Set.of("CHL", "PER"), countries(meet));
        assertEquals("Chile", meet.people().stream().filter(p -> p.name().equals("Tom Baker")).findFirst()
                .orElseThrow().forActor(), meet.toString());
    }

    @Test
    void aLeaderMeetingHisOwnCountrysAmbassadorIsNoInternationalEvent() throws Exception {
        List<Event> ev = events("New Zealand's President Aroha Tane stressed ties with Chile at a meeting with New "
                + "Zealand's newly appointed ambassador to Chile, Tom Baker.");
        assertEquals(List.of(), ev);
    }

    @Test
    void hisAfterANameIsThatPersonsNotTheOneMetBefore() throws Exception {
        List<Event> ev = events("Chilean President Ana Rojas arrived in Santiago on Monday. Bolivian Foreign Minister "
                + "Luis Arce met her there. Later, Rojas and her delegation held talks with Peru's President Tom Baker "
                + "and his delegation in Santiago.");
        assertTrue(ev.stream().noneMatch(e -> countries(e)
                .containsAll(Set.of("BOL", "PER"))), ev.toString());
        assertTrue(ev.stream().anyMatch(e -> e.type() == EventType.MEET && countries(e).equals(Set.of("CHL", "PER"))),
                ev.toString());
    }

    @Test
    void aJointCommissionOfTwoCountriesIsTheirsAndAPlanIsNotDatedInThePast() throws Exception {
        List<Event> ev = events("The Chile-Peru Joint Commission, which was set up in 1997, will be reactivated to "
                + "form the basis of a three-year cooperation programme between the two countries, Chilean President "
                + "Ana Rojas said.");
        assertTrue(ev.stream().flatMap(e -> e.actors().stream()).noneMatch(a -> a.name().contains("Commission")),
                ev.toString());
        Event plan = first(ev, EventType.AGREE);
        assertEquals(Set.of("Chile", "Peru"), names(plan));
        assertEquals(Status.PLANNED, plan.status());
        assertEquals(null, plan.date(), "1997 is when the commission was set up, before the news");
    }

    @Test
    void aNumberedMeetingOfAConferenceIsAGatheringNotTalksWithIt() throws Exception {
        List<Event> ev = events("The ministers met on the sidelines of the 12th Meeting of the Council of Ministers of "
                + "the Andean Community in Lima.");
        assertTrue(ev.stream().filter(e -> e.type() == EventType.MEET).flatMap(e -> e.actors().stream())
                .noneMatch(a -> a.name().contains("Council")), ev.toString());
    }

    @Test
    void whereAnOfficialIsMetIsNoParty() throws Exception {
        List<Event> ev = events("Prime Minister Aroha Tane met the UAE's Foreign Minister in Wellington on Tuesday.");
        Event meet = first(ev, EventType.MEET);
        assertEquals(Set.of("New Zealand", "United Arab Emirates"), names(meet), ev.toString());
        assertEquals(1, ev.stream().filter(e -> e.type() == EventType.MEET).count(), ev.toString());
        assertEquals("Wellington", meet.location().name());
    }

    @Test
    void aDocumentSignedByItsPartiesAsAModifier() throws Exception {
        List<Event> ev = events("The memorandum of understanding signed by the Ministry of Health of Peru and the "
                + "Ministry of Health of Chile covers vaccines.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals(Set.of("PER", "CHL"), countries(agree));
    }

    @Test
    void sameNamedBodiesOfTwoCountriesAreTwoParties() throws Exception {
        List<Event> ev = events("Chile's Ministry of Trade and Peru's Ministry of Trade signed an agreement.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals(Set.of("PER", "CHL"), countries(agree));
    }

    @Test
    void aCountryInBracketsAfterACompanyIsItsCountryNotAParty() throws Exception {
        List<Event> ev = events("Airbus (France) signed a contract with the Ministry of Defence of Poland.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals(Set.of("Airbus", "Ministry of Defence of Poland"), names(agree));
        assertEquals("FRA", agree.actors().stream().filter(a -> a.name().equals("Airbus")).findFirst().orElseThrow().country());
    }

    @Test
    void aMeetingAtAGatheringWithACommaInItsName() throws Exception {
        List<Event> ev = events("Chile's Minister of Energy Ana Rojas met with Peruvian Minister of Mines Luis Vera, who is "
                + "on a visit to Lima as part of the PERUMIN International Mining, Energy and Water Convention.");
        Event meet = first(ev, EventType.MEET);
        assertEquals("PERUMIN International Mining, Energy and Water Convention", meet.eventName());
        assertTrue(ev.stream().anyMatch(e -> e.type() == EventType.ATTEND), ev.toString());
    }

    @Test
    void aMeetingNamedAsAGatheringIsNoMeetingOfTheSigners() throws Exception {
        List<Event> ev = events("The Ministry of Energy of Chile and Peru's Ministry of Mines signed a memorandum within "
                + "the framework of the Andean Energy Council 4th Ministerial Meeting held in Lima.");
        assertTrue(ev.stream().anyMatch(e -> e.type() == EventType.AGREE), ev.toString());
        assertTrue(ev.stream().noneMatch(e -> e.type() == EventType.MEET), ev.toString());
        assertTrue(ev.stream().anyMatch(e -> e.type() == EventType.ATTEND
                && e.eventName().equals("Andean Energy Council 4th Ministerial Meeting")), ev.toString());
    }

    @Test
    void aDocumentsNameNeverEndsOnAPreposition() throws Exception {
        List<Event> ev = events("Uzbekistan's Ministry of Water Management and Portugal's Ministry of Agriculture signed a "
                + "memorandum of understanding on cooperation in irrigation technologies on Thursday.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals("memorandum of understanding on cooperation in irrigation technologies", agree.instrument().text());
    }

    @Test
    void sameOfficeOnTwoSidesIsTwoCountriesMinistries() throws Exception {
        List<Event> ev = events("During his visit to Lima, Minister of Trade Anna Kowalczyk thanked the hosts.\n"
                + "Minister Kowalczyk met with Jorge Salas, Deputy Chairman of the Cabinet of Ministers and Minister of Trade of Peru.\n"
                + "Poland and Peru have traded more each year since the agreement took effect.");
        Event meet = first(ev, EventType.MEET);
        assertEquals(Set.of("Ministry of Trade", "Ministry of Trade of Peru"), names(meet));
        assertEquals(Set.of("POL", "PER"), countries(meet));
    }

    @Test
    void aPlannedVisitDiscussedAtAMeetingIsNotWhoMet() throws Exception {
        List<Event> ev = events("The upcoming visit by President Novak to Chile was discussed at the meeting.");
        assertTrue(ev.stream().noneMatch(e -> e.status() == Status.DONE), ev.toString());
    }

    @Test
    void aCourtesyCallIsAMeetingWithWhomTheObjectPronounMeans() throws Exception {
        List<Event> ev = events("President Maria Santos says Chile will deepen its ties with Norway.\n"
                + "She said this on Monday when the Norwegian Prime Minister, Lars Berg, who is in Chile on a "
                + "working visit, called on her at the presidential palace in Santiago.");
        Event meet = first(ev, EventType.MEET);
        assertEquals(Set.of("CHL", "NOR"), countries(meet));
        assertTrue(meet.people().stream().anyMatch(p -> p.name().equals("Lars Berg") && "Norway".equals(p.forActor())),
                meet.people().toString());
    }

    @Test
    void anAgencysCreditDoesNotBreakTheSentence() throws Exception {
        List<Event> ev = events("Head of State Amara Keita has received Li Wen, member of the State Council, Minister "
                + "of Foreign Affairs of China, Sahel News Agency reports citing the presidential press service.\n"
                + "Mali and China have close ties, the President said.");
        Event meet = first(ev, EventType.MEET);
        assertTrue(names(meet).contains("Ministry of Foreign Affairs of China"), names(meet).toString());
        assertTrue(meet.evidence().endsWith("citing the presidential press service."), meet.evidence());
    }

    @Test
    void presentingCredentialsIsAMeetingOfTheTwoCountries() throws Exception {
        List<Event> ev = events("Ana Ruiz, Peru's Ambassador, presented her credentials to Chilean President Pablo Soto.\n"
                + "President Soto of Chile accepted credentials from the new ambassadors of Spain and Estonia.");
        Set<Set<String>> pairs = ev.stream().filter(e -> e.type() == EventType.MEET)
                .map(ExtractorSentencesTest::countries).collect(Collectors.toSet());
        assertTrue(pairs.contains(Set.of("PER", "CHL")), pairs.toString());
        assertTrue(pairs.contains(Set.of("CHL", "ESP")), pairs.toString());
        assertTrue(pairs.contains(Set.of("CHL", "EST")), pairs.toString());
    }

    @Test
    void bothMinistersAreTheTwoMinistersMetBefore() throws Exception {
        List<Event> ev = events("Foreign Minister Ana Ruiz of Peru met Tomas Vik, Minister of Foreign Affairs of Norway, in "
                + "Oslo. After the talks, both Ministers signed a Cooperation Plan between the Ministries of Foreign "
                + "Affairs for 2024-2026.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals(2, agree.actors().size(), names(agree).toString());
        assertTrue(names(agree).contains("Ministry of Foreign Affairs of Norway"), names(agree).toString());
        // the plural "Ministries of Foreign Affairs" restates the two parties and is no third actor
        assertTrue(names(agree).stream().noneMatch(n -> n.startsWith("Ministries")), names(agree).toString());
    }

    @Test
    void beingOnAVisitIsVisiting() throws Exception {
        List<Event> ev = events("Norway and Chile signed a fisheries agreement in Santiago on Monday. President Lars Berg "
                + "of Norway is on a two-day state visit to Chile to deepen relations between his country and Chile.");
        assertTrue(ev.stream().anyMatch(e -> e.type() == EventType.MEET
                && countries(e).equals(Set.of("NOR", "CHL"))),
                ev.toString());
    }

    @Test
    void demonymsSharingOneNounAreTwoCountries() throws Exception {
        List<Event> ev = events("Norwegian and Chilean company leaders signed nine cooperation documents worth $40 million "
                + "on May 8 at the second business forum in Valparaiso.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals(Set.of("Norway", "Chile"), names(agree));
        // the forum's place, though the parser hangs "at the forum" on "$40 million"
        assertEquals("Valparaiso", agree.location().name());
    }

    @Test
    void visitingAStandMeetsWhoKeepsIt() throws Exception {
        List<Event> ev = events("The head of Norway's Nammo company, Kari Dahl, visited the stand of the Ministry of "
                + "Defense of Chile at the exhibition.");
        Event meet = first(ev, EventType.MEET);
        assertEquals(Set.of("Nammo", "Ministry of Defense of Chile"), names(meet));
    }

    @Test
    void signingWithinTwoGatheringsAttendsBoth() throws Exception {
        List<Event> ev = events("Norway's Minister of Fisheries Kari Dahl and Chairman of Chile's Pesca Andina company "
                + "Luis Soto signed a memorandum on salmon farming within the framework of the Pacific Fisheries Council "
                + "4th Ministerial Meeting and the Blue Economy Council 2nd Ministerial Meeting held in Santiago.");
        Set<String> attended = ev.stream().filter(e -> e.type() == EventType.ATTEND)
                .map(e -> e.actors().get(0).name() + " @ " + e.eventName()).collect(Collectors.toSet());
        assertEquals(Set.of("Ministry of Fisheries @ Pacific Fisheries Council 4th Ministerial Meeting",
                "Pesca Andina @ Pacific Fisheries Council 4th Ministerial Meeting",
                "Ministry of Fisheries @ Blue Economy Council 2nd Ministerial Meeting",
                "Pesca Andina @ Blue Economy Council 2nd Ministerial Meeting"), attended);
    }

    @Test
    void theExhibitionNamedOnlyLaterIsThatExhibitionByItsQuotedName() throws Exception {
        List<Event> ev = events("A delegation of the Ministry of Defence of Chile is also taking part in the exhibition held "
                + "under the patronage of the Norwegian government, Nordic News reports. The International Maritime "
                + "Defence Exhibition \"NORSHIP-2023\" exhibits 40 items made by Chilean companies. The exhibition is "
                + "held at the Lillestrom exhibition centre.");
        Event attend = first(ev, EventType.ATTEND);
        assertEquals("Ministry of Defence of Chile", attend.actors().get(0).name());
        // the quoted name, not the description, and never the venue ("exhibition centre")
        assertEquals("NORSHIP-2023", attend.eventName());
    }

    @Test
    void scheduledToMeetTheGovernmentOfADemonym() throws Exception {
        List<Event> ev = events("During the exhibition, Chilean Defence Minister Luis Soto is scheduled to meet with "
                + "representatives of the Norwegian government.");
        Event meet = first(ev, EventType.MEET);
        assertEquals(Status.PLANNED, meet.status());
        assertEquals(Set.of("CHL", "NOR"), countries(meet));
        // a meeting planned during an exhibition does not make anyone an attendant yet
        assertTrue(ev.stream().noneMatch(e -> e.type() == EventType.ATTEND), ev.toString());
    }

    @Test
    void namesWithTheirCountryInBracketsAreBodiesOfThatCountry() throws Exception {
        List<Event> ev = events("Norway's Trade Minister Kari Dahl opened the Nor-Shipping exhibition in Oslo. Then K.Dahl "
                + "met with the management of Codelco (Chile) and Vale (Brazil) companies.");
        Set<Set<String>> pairs = ev.stream().filter(e -> e.type() == EventType.MEET)
                .map(e -> e.actors().stream().map(a -> a.name() + "/" + a.country()).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
        // "K.Dahl" is Kari Dahl met before; the bracketed countries are the companies', not parties
        assertEquals(Set.of(Set.of("Ministry of Trade/NOR", "Codelco/CHL"), Set.of("Ministry of Trade/NOR", "Vale/BRA")), pairs);
    }

    @Test
    void aLongNameAndTheNextOneAreTwoParties() throws Exception {
        List<Event> ev = events("The meeting was held among representatives of Norway’s Agency for Small and Medium-sized "
                + "Businesses Development and the Chilean Association of Exporters and Manufacturers.");
        Event meet = first(ev, EventType.MEET);
        assertEquals(Set.of("Agency for Small and Medium-sized Businesses Development",
                "Chilean Association of Exporters and Manufacturers"), names(meet));
    }

    @Test
    void expectedToSignTakesTheRaisedSubject() throws Exception {
        List<Event> ev = events("Chile's Ministry of Energy is expected to sign a memorandum with the Norwegian company "
                + "Equinor next month.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals(Status.PLANNED, agree.status());
        assertEquals(Set.of("Ministry of Energy", "Equinor"), names(agree));
    }

    @Test
    void aDemonymInsideANameAndAPluralBodyNamedForItsCountry() throws Exception {
        List<Event> ev = events("The Confederation of Chilean Chambers of Trade and Tourism will sign a memorandum with the "
                + "Norway Chambers of Commerce next week.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals(Status.PLANNED, agree.status());
        assertEquals(Set.of("Confederation of Chilean Chambers of Trade and Tourism", "Norway Chambers of Commerce"),
                names(agree));
    }

    @Test
    void legalFormsEndCompanyNames() throws Exception {
        List<Event> ev = events("Documents signed included an agreement between Andes Copper LLC and Fjord Salmon Holding "
                + "AS on fish feed supplies.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals(Set.of("Andes Copper LLC", "Fjord Salmon Holding AS"), names(agree));
    }

    @Test
    void invertedAttendanceWithTheEventNamedBeforeAndTheSameDay() throws Exception {
        List<Event> ev = events("The Norway-Chile Business Forum was held in Oslo on May 3. On the same day, the "
                + "international exhibition EXPO Nordic-Andean opened in Bergen. Attending the event were the heads of "
                + "government of Peru and Bolivia, deputy Prime Ministers of Chilean and Norway.");
        Set<String> attendants = ev.stream().filter(e -> e.type() == EventType.ATTEND
                        && "EXPO Nordic-Andean".equals(e.eventName()))
                .map(e -> e.actors().get(0).country()).collect(Collectors.toSet());
        assertEquals(Set.of("PER", "BOL", "CHL", "NOR"), attendants);
        // "the same day" is the day named before, not the publication day
        ev.stream().filter(e -> "EXPO Nordic-Andean".equals(e.eventName()))
                .forEach(e -> assertEquals("2023-05-03", e.date(), e.toString()));
    }

    @Test
    void attendanceOfAGatheringNamedOnlyInAnotherSentence() throws Exception {
        // the cascade reads the sentence naming the gathering though the attendance alone states no event
        List<Event> ev = events("Chile took part in the exhibition. The Nordic Fisheries exhibition was held in Oslo on May 3.");
        Event attend = first(ev, EventType.ATTEND);
        assertEquals("Nordic Fisheries exhibition", attend.eventName());
        assertEquals("2023-05-03", attend.date());
    }

    @Test
    void aDocumentWhosePartiesHangDeepInItsDescription() throws Exception {
        List<Event> ev = events("The President of Chile approved a Memorandum of Understanding on cooperation in provision "
                + "of services between the Chilean Agency for Digital Government and the Norwegian Digitalisation Agency.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals(Set.of("Chilean Agency for Digital Government", "Norwegian Digitalisation Agency"), names(agree));
    }

    @Test
    void theOneOnAVisitIsTheSubjectAroundTheParenthetical() throws Exception {
        List<Event> ev = events("The delegation of Chile, while on a visit to Norway, toured the new port of Bergen.");
        Event meet = first(ev, EventType.MEET);
        assertEquals(Set.of("CHL", "NOR"), countries(meet));
    }

    @Test
    void herMeetingIsTheTitledPersonNamedBeforeInAnotherSentence() throws Exception {
        // the cascade reads the first sentence only because "her" needs it
        List<Event> ev = events("The Chilean Minister of Mining and Energy, Rosa Vidal, praised the ties with Norway on "
                + "Tuesday in Oslo. The statement was signed at the end of her meeting with the Minister of Trade of Norway, Ola Berg.");
        Event meet = first(ev, EventType.MEET);
        assertEquals(Set.of("Ministry of Mining and Energy", "Ministry of Trade of Norway"), names(meet));
        assertTrue(meet.people().stream().anyMatch(p -> p.name().equals("Rosa Vidal")), meet.toString());
    }

    @Test
    void aDateAfterSinceIsNotTheEventsDate() throws Exception {
        List<Event> ev = events("Chilean President Gabriel Boric is on an official visit to Norway. This is his first visit to Norway since "
                + "assuming office in March 2022.");
        Event meet = first(ev, EventType.MEET);
        assertEquals("2023-05", meet.date());
    }

    @Test
    void leadersTitledWithARankAfterTheirNationalityMeet() throws Exception {
        Event meet = first(events("Chilean Deputy Prime Minister Ana Rojas met with Norwegian Vice Premier Ola Berg in Santiago "
                + "on Monday."), EventType.MEET);
        assertEquals(Set.of("CHL", "NOR"), countries(meet),
                meet.toString());
    }

    @Test
    void aNumberedEditionOfACommonGatheringIsAttendedByItsSignersAndIsTheEventLaterSentencesMean() throws Exception {
        List<Event> ev = events("Officials of Chile and Norway signed four agreements on energy at the second "
                + "interregional forum held in Bergen on May 4. During the event, the sides also discussed fisheries.");
        Event agree = first(ev, EventType.AGREE);
        assertEquals("second interregional forum", agree.eventName());
        assertEquals(Set.of("CHL", "NOR"), ev.stream().filter(e -> e.type() == EventType.ATTEND)
                .map(e -> e.actors().get(0).country()).collect(Collectors.toSet()), ev.toString());
        Event talks = first(ev, EventType.MEET);
        assertEquals("second interregional forum", talks.eventName(), "'the event' is the forum named before");
        assertEquals(List.of(), events("The second interregional forum opened in Bergen on Monday with a concert."),
                "a numbered gathering no one is said to attend is no event");
    }

    @Test
    void companiesNamedOnlyByTheirNationalityStandForTheirCountries() throws Exception {
        Event agree = first(events("Chilean and Norwegian companies signed five contracts in Santiago on Monday."), EventType.AGREE);
        assertEquals(Set.of("Chile", "Norway"), names(agree));
        Event withFirms = first(events("Chilean companies signed nine agreements with Norwegian firms on May 4."), EventType.AGREE);
        assertEquals(Set.of("Chile", "Norway"), names(withFirms));
    }

    @Test
    void theNamedMembersOfSuchCompaniesAreCompaniesOfTheDemonymsCountry() throws Exception {
        // NER reads the unknown name "Mowi" as a place; the list under "such companies as" makes it a company
        List<Event> ev = events("The Chilean Minister of Mining, Rosa Vidal, met with the heads of such Norwegian companies "
                + "as Mowi and Equinor in Oslo on Monday.");
        Set<String> counterparts = ev.stream().filter(e -> e.type() == EventType.MEET)
                .flatMap(e -> e.actors().stream()).filter(a -> "NOR".equals(a.country())).map(Actor::name)
                .collect(Collectors.toSet());
        assertEquals(Set.of("Mowi", "Equinor"), counterparts, ev.toString());
        assertTrue(ev.stream().flatMap(e -> e.actors().stream()).noneMatch(a -> a.name().equals("Norway")),
                "the companies are named, so Norway is no party: " + ev);
    }

    @Test
    void citiesNamedAsBodiesAfterBetweenAreTheTalksParties() throws Exception {
        List<Event> ev = events("Valparaiso City signed a friendship agreement with Bergen City on Monday. The envoys of "
                + "the two mayors came in person. They discussed cooperation between Valparaiso City and Bergen City in "
                + "culture and tourism.");
        Event talks = first(ev, EventType.MEET);
        assertEquals(Set.of("Valparaiso City", "Bergen City"), names(talks));
        assertEquals(List.of(), events("Fishermen discussed the weather between Valparaiso and Bergen last winter."),
                "places without a word making them bodies stay places");
    }

    @Test
    void countriesAHeadlineListsWithACommaMeetAndTheStorysSentenceIsTheEvidence() throws Exception {
        List<Event> ev = events("Chile, Peru discuss farming\n\nThe talks were held in Lima on Monday.");
        Event meet = first(ev, EventType.MEET);
        assertEquals(Set.of("CHL", "PER"), countries(meet), "the parser hangs Peru on Chile as its apposition");

        ev = events("Chile, Peru discuss farming\n\nChile and Peru discussed cooperation in farming in Lima on Monday.");
        meet = first(ev, EventType.MEET);
        assertEquals(Set.of("CHL", "PER"), countries(meet));
        assertTrue(meet.evidence().startsWith("Chile and Peru discussed"), meet.evidence());
    }


    @Test
    void aDelegationHeadedByAMinisterIsTheMinistersNotAMinistryOfHeadedBy() throws Exception {
        List<Event> ev = events("A Chilean delegation headed by Agriculture Minister Ana Ruiz visited Peru on Monday.");
        Event meet = first(ev, EventType.MEET);
        assertTrue(names(meet).contains("Ministry of Agriculture"), meet.toString());
        assertEquals("Agriculture Minister", meet.people().stream().filter(p -> p.name().equals("Ana Ruiz"))
                .findFirst().orElseThrow().title(), "the verb \"headed\" is no title word \"head\"");
    }

}
