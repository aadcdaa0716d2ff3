package org.entente.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.entente.event.ActorKind;
import org.junit.jupiter.api.Test;

class ActorKindClassifierTest {
    private final ActorKindClassifier classifier = ActorKindClassifier.shared();

    private void assertKind(ActorKind kind, String name) {
        assertEquals(kind, classifier.kindOf(name), name);
    }

    @Test
    void stateBodiesAreGov() {
        assertKind(ActorKind.GOV, "Ministry of Economy");
        assertKind(ActorKind.GOV, "Transport, Communications and High Technologies Ministry");
        assertKind(ActorKind.GOV, "Small and Medium Business Development Agency");
        assertKind(ActorKind.GOV, "Digital Transformation Office");
        assertKind(ActorKind.GOV, "U.S. Agency for International Development");
        assertKind(ActorKind.GOV, "Central Bank of Azerbaijan");
        assertKind(ActorKind.GOV, "National Bank of Tajikistan");
        assertKind(ActorKind.GOV, "Embassy of Azerbaijan in Bulgaria");
        assertKind(ActorKind.GOV, "the Turkish government");
        assertKind(ActorKind.GOV, "Presidential Administration");
        assertKind(ActorKind.GOV, "State Committee for Work with Diaspora");
        assertKind(ActorKind.GOV, "Armed Forces");
        assertKind(ActorKind.GOV, "Navy");
        assertKind(ActorKind.GOV, "Parliament of Georgia");
        assertKind(ActorKind.GOV, "Chamber of Deputies");
        assertKind(ActorKind.GOV, "Accounts Chamber");
        assertKind(ActorKind.GOV, "State Oil Fund");
        assertKind(ActorKind.GOV, "Trade Representative");
    }

    @Test
    void companiesAndBusinessBodiesAreBus() {
        assertKind(ActorKind.BUS, "Independent Industrialists and Businessmen Association");
        assertKind(ActorKind.BUS, "Association of Independent Industrialists and Businessmen");
        assertKind(ActorKind.BUS, "Chamber of Commerce and Industry");
        assertKind(ActorKind.BUS, "Chambers of Commerce");
        assertKind(ActorKind.BUS, "Federation of Chambers of Commerce");
        assertKind(ActorKind.BUS, "Confederation of Industry");
        assertKind(ActorKind.BUS, "Union of Exporters");
        assertKind(ActorKind.BUS, "State Oil Company");
        assertKind(ActorKind.BUS, "Kapital Bank");
        assertKind(ActorKind.BUS, "Lacroix Group");
        assertKind(ActorKind.BUS, "Aerospace Industries");
        assertKind(ActorKind.BUS, "Azerbaijan Airlines");
        assertKind(ActorKind.BUS, "Camel Milk LLP");
        assertKind(ActorKind.BUS, "JSC Temir Zholy");
        assertKind(ActorKind.BUS, "Dairy Group Co Ltd");
        assertKind(ActorKind.BUS, "business community");
        // no telling word at all: an organisation of the text is most often a company
        assertKind(ActorKind.BUS, "Nexter");
        assertEquals(ActorKind.BUS, classifier.kindOf("Nexter", "ORGANIZATION"));
    }

    @Test
    void educationCivilSocietyAndMediaAreNgo() {
        assertKind(ActorKind.NGO, "Islamic Cooperation Youth Forum");
        assertKind(ActorKind.NGO, "Organization of Islamic Cooperation Youth Forum");
        assertKind(ActorKind.NGO, "Baku State University");
        assertKind(ActorKind.NGO, "Institute of Physics");
        assertKind(ActorKind.NGO, "Academy of Sciences");
        assertKind(ActorKind.NGO, "Heydar Aliyev Foundation");
        assertKind(ActorKind.NGO, "Trend News Agency");
        assertKind(ActorKind.NGO, "State Television");
        assertKind(ActorKind.NGO, "National Olympic Committee");
        assertKind(ActorKind.NGO, "Red Crescent Society");
        assertKind(ActorKind.NGO, "International Committee of the Red Cross");
        assertKind(ActorKind.NGO, "Youth Union");
    }

    @Test
    void intergovernmentalBodiesAreIgo() {
        assertKind(ActorKind.IGO, "United Nations");
        assertKind(ActorKind.IGO, "the EU");
        assertKind(ActorKind.IGO, "European Union");
        assertKind(ActorKind.IGO, "OIC");
        assertKind(ActorKind.IGO, "NATO");
        assertKind(ActorKind.IGO, "Nato");
        assertKind(ActorKind.IGO, "ASEAN");
        assertKind(ActorKind.IGO, "World Bank");
        assertKind(ActorKind.IGO, "International Monetary Fund");
        assertKind(ActorKind.IGO, "UNESCO");
        assertKind(ActorKind.IGO, "TURKSOY");
        assertKind(ActorKind.IGO, "CIS");
        assertKind(ActorKind.IGO, "SCO");
        assertKind(ActorKind.IGO, "African Union");
        assertKind(ActorKind.IGO, "ECOWAS");
        assertKind(ActorKind.IGO, "International Atomic Energy Agency");
        assertKind(ActorKind.IGO, "Islamic Development Bank Group");
        // an IGO's branch is the IGO; an unknown "Organization of ... States" too
        assertKind(ActorKind.IGO, "EU Delegation to Azerbaijan");
        assertKind(ActorKind.IGO, "World Bank Office in Baku");
        assertKind(ActorKind.IGO, "Organization of Caspian States");
        assertKind(ActorKind.IGO, "Council of Turkic States");
    }

    @Test
    void citiesAndRegionsAreCity() {
        assertKind(ActorKind.CITY, "Andong City");
        assertKind(ActorKind.CITY, "Kayseri Metropolitan Municipality");
        assertKind(ActorKind.CITY, "Gyeongbuk Province");
        assertKind(ActorKind.CITY, "Almaty region");
        assertKind(ActorKind.CITY, "Moscow Oblast");
        assertKind(ActorKind.CITY, "Lagos State");
        assertKind(ActorKind.CITY, "Baku City Executive Power");
        assertKind(ActorKind.CITY, "City Council of Tbilisi");
        assertKind(ActorKind.CITY, "Tashkent City Government");
        assertKind(ActorKind.CITY, "Regional Administration");
        assertKind(ActorKind.CITY, "Mayor's Office of Seoul");
        assertKind(ActorKind.CITY, "Republic of Tatarstan");
        assertKind(ActorKind.CITY, "Nakhchivan Autonomous Republic");
    }

    @Test
    void theHeadOutweighsWeakerCues() {
        // a business or youth word does not turn a state agency or ministry into a company or NGO
        assertKind(ActorKind.GOV, "Agency for Small and Medium-sized Businesses Development");
        assertKind(ActorKind.GOV, "Ministry of Youth and Sports");
        assertKind(ActorKind.GOV, "Ministry for EU Affairs");
        assertKind(ActorKind.GOV, "Regional Development Agency");
        // a place word before an unknown head is a cue, not the head
        assertKind(ActorKind.GOV, "State Statistics Committee");
        // "United States" names a country, it is not the cue "states" of an IGO
        assertKind(ActorKind.BUS, "United States Chamber of Commerce");
        // a national security council is no UN body
        assertKind(ActorKind.GOV, "National Security Council");
        // "who" and "pace" as words are no acronyms
        assertKind(ActorKind.BUS, "Who Cares Ltd");
        assertKind(ActorKind.IGO, "WHO");
    }

    @Test
    void otherBodies() {
        assertKind(ActorKind.OTHER, "International Business Forum");
        assertKind(ActorKind.OTHER, "Communist Party");
        assertKind(ActorKind.OTHER, "joint working group");
        assertKind(ActorKind.OTHER, "");
        assertEquals(ActorKind.CITY, classifier.kindOf("Shusha", "CITY"));
        assertEquals(ActorKind.COUNTRY, classifier.kindOf("Azerbaijan", "COUNTRY"));
    }
}
