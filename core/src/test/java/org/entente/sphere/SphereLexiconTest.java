package org.entente.sphere;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SphereLexiconTest {
    private final SphereLexicon lexicon = SphereLexicon.shared();

    private void assertSpheres(String text, String... spheres) {
        assertEquals(List.of(spheres), lexicon.spheresOf(text), text);
    }

    @Test
    void answersInTheSpecsOrderWithoutDuplicates() {
        assertSpheres("cooperation in investment, industry and trade, and more trade", "trade", "investment", "industry");
        assertSpheres("humanitarian aid and youth exchanges", "youth", "humanitarian");
    }

    @Test
    void everySphereButEnvironmentIsNamedByItsOwnName() {
        for (String sphere : SphereLexicon.SPHERES) {
            if (!sphere.equals("environment")) {
                assertTrue(lexicon.spheresOf(sphere).contains(sphere), sphere);
            }
        }
        // a bare "environment" is mostly figurative ("a favourable environment for investors")
        assertSpheres("a favourable environment for investors", "investment");
        assertSpheres("protection of the environment", "environment");
        assertSpheres("environmental cooperation", "environment");
    }

    @Test
    void economyTradeInvestmentIndustry() {
        assertSpheres("economic ties", "economy");
        assertSpheres("the national economy", "economy");
        assertSpheres("bilateral trade turnover", "trade");
        assertSpheres("exports of goods and imports", "trade");
        assertSpheres("foreign investors", "investment");
        assertSpheres("industrial parks and manufacturing", "industry");
    }

    @Test
    void entrepreneurship() {
        assertSpheres("support for SMEs", "entrepreneurship");
        assertSpheres("in the field of SMBs", "entrepreneurship");
        assertSpheres("small business", "entrepreneurship");
        assertSpheres("small and medium-sized businesses", "entrepreneurship");
        assertSpheres("women entrepreneurship and startups", "entrepreneurship");
    }

    @Test
    void ictAndSecurity() {
        assertSpheres("digital transformation", "ict");
        assertSpheres("telecommunications", "ict");
        assertSpheres("information and communication technologies", "ict");
        assertSpheres("cyber security", "ict", "security");
        assertSpheres("cybersecurity", "ict", "security");
        assertSpheres("the fight against terrorism", "security");
    }

    @Test
    void financeDefenseEnergyTransport() {
        assertSpheres("the central bank", "finance");
        assertSpheres("banking and insurance", "finance");
        assertSpheres("capital markets", "finance");
        assertSpheres("military cooperation", "defense");
        assertSpheres("defence", "defense");
        assertSpheres("the army and weapons", "defense");
        assertSpheres("the Paris air show", "defense");
        assertSpheres("arms exports", "defense");
        assertSpheres("oil and gas", "energy");
        assertSpheres("renewable energy", "energy");
        assertSpheres("electricity", "energy");
        assertSpheres("railways, logistics and aviation", "transport");
        assertSpheres("ports and transit corridors", "transport");
    }

    @Test
    void educationScienceCultureUrbanYouth() {
        assertSpheres("universities and schools", "education");
        assertSpheres("students and scholarships", "education");
        assertSpheres("academic exchanges", "education");
        assertSpheres("scientific research", "science");
        assertSpheres("innovation and technology", "science");
        assertSpheres("cultural heritage", "culture");
        assertSpheres("culture and arts", "culture");
        assertSpheres("urban development", "urban");
        assertSpheres("municipal services", "urban");
        assertSpheres("city planning", "urban");
        assertSpheres("youth", "youth");
        assertSpheres("health care and pharmaceuticals", "health");
        assertSpheres("agriculture and food security", "agriculture");
        assertSpheres("hotels and tourism", "tourism");
        assertSpheres("wrestling tournament", "sports");
        assertSpheres("mass media", "media");
    }

    @Test
    void ambiguousWordsKeepPrecision() {
        // "power" is energy only in energy phrases; lemmas make "powers" "power"
        assertSpheres("the two powers");
        assertSpheres("the executive power of the city");
        assertSpheres("a new power plant", "energy");
        assertSpheres("power lines", "energy");
        // security of people, not social insurance; securities are finance
        assertSpheres("social security");
        assertSpheres("national security", "security");
        assertSpheres("the securities market", "finance");
        assertSpheres("food security", "agriculture");
        assertSpheres("energy security", "energy", "security");
        // culture of a firm is no cultural cooperation; physical culture is sport
        assertSpheres("corporate culture");
        assertSpheres("physical culture", "sports");
        // a road map is a document, IT alone is a pronoun
        assertSpheres("a road map");
        assertSpheres("the roadmap");
        assertSpheres("it was signed");
        assertSpheres("the IT sector", "ict");
        // the press service reports, it does not cooperate in media
        assertSpheres("the agency's press service reported");
        // edible oil is a crop, not fuel
        assertSpheres("sunflower oil", "agriculture");
        assertSpheres("bonds of friendship");
        assertSpheres("state-of-the-art equipment");
        // the economy beyond oil is not energy
        assertSpheres("the non-oil sector", "economy");
    }

    @Test
    void lemmaListsOfATaggerAreMatchedAsPhrases() {
        assertEquals(List.of("ict", "security"), lexicon.spheresOf(List.of("on", "cyber", "-", "security")));
        assertEquals(List.of("entrepreneurship"),
                lexicon.spheresOf(List.of("small", "and", "medium", "-", "sized", "business", "development")));
        assertEquals(List.of("science"), lexicon.spheresOf(List.of("r&d")));
        assertEquals(List.of("finance"), lexicon.spheresOf(List.of("the", "central", "bank", "of", "azerbaijan")));
        // punctuation ends a phrase: "social, security" is not "social security"
        assertEquals(List.of("security"), lexicon.spheresOf(List.of("social", ",", "security")));
        // lemmas as CoreNLP gives them: data -> datum, customs -> custom, arms -> arm
        assertEquals(List.of("ict"), lexicon.spheresOf(List.of("personal", "datum", "protection")));
        assertEquals(List.of("trade"), lexicon.spheresOf(List.of("the", "custom", "union")));
        assertEquals(List.of("defense"), lexicon.spheresOf(List.of("arm", "export")));
        assertEquals(List.of("finance"), lexicon.spheresOf(List.of("security", "market")));
        assertEquals(List.of(), lexicon.spheresOf(List.of()));
        assertEquals(List.of(), lexicon.spheresOf(List.of("meeting", "in", "baku", ".")));
    }
}
