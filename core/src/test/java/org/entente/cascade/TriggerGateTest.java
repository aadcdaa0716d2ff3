package org.entente.cascade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.entente.geo.CountryCounter;
import org.entente.geo.Gazetteer;
import org.entente.instrument.InstrumentClassifier;
import org.entente.trigger.TriggerLexicon;
import org.junit.jupiter.api.Test;

/** Sentences in (as tokens, tagged by hand where the second look needs tags), decisions out. */
class TriggerGateTest {
    final TriggerGate gate = new TriggerGate(TriggerLexicon.shared(), InstrumentClassifier.shared(), 2);

    /** "word" or "word/TAG/lemma" tokens. */
    static List<CoreLabel> tokens(String sentence) {
        List<CoreLabel> out = new ArrayList<>();
        for (String t : sentence.split(" ")) {
            String[] p = t.split("/");
            CoreLabel l = new CoreLabel();
            l.setWord(p[0]);
            l.setValue(p[0]);
            if (p.length == 3) {
                l.setTag(p[1]);
                l.setLemma(p[2]);
            }
            out.add(l);
        }
        return out;
    }

    @Test
    void wordFormsOfTriggersPassTheFirstLook() {
        assertTrue(gate.mayState(tokens("The ministers met in Baku .")));
        assertTrue(gate.mayState(tokens("Azerbaijan and Turkey have signed a memorandum .")));
        assertTrue(gate.mayState(tokens("Talks were held on Monday .")));
        assertTrue(gate.mayState(tokens("A delegation is participating in the exhibition .")));
    }

    @Test
    void documentsBetweenPartiesAndTwinnedCitiesPassTheFirstLook() {
        assertTrue(gate.mayState(tokens("The agreement between Almaty region and TBEA covers wind power .")));
        assertTrue(gate.mayState(tokens("Shusha and Kayseri became sister cities .")));
        assertFalse(gate.mayState(tokens("The agreement covers wind power .")));
    }

    @Test
    void unrelatedNewsFailsTheFirstLook() {
        assertFalse(gate.mayState(tokens("Heavy rain flooded the streets of the capital on Tuesday .")));
        assertFalse(gate.mayState(tokens("The central bank kept its key rate at 9 percent .")));
    }

    @Test
    void theSecondLookIsTheLexiconsOwnTest() {
        // "present" as an adjective is no trigger, as a verb it is ("presented at the exhibition")
        assertTrue(gate.mayState(tokens("The present government fell .")));
        assertFalse(gate.states(tokens("The/DT/the present/JJ/present government/NN/government fell/VBD/fall ./././")));
        assertTrue(gate.states(tokens("Azerbaijan/NNP/Azerbaijan was/VBD/be presented/VBN/present at/IN/at the/DT/the expo/NN/expo")));
        assertFalse(gate.states(tokens("They/PRP/they asked/VBD/ask for/IN/for calm/NN/calm")));
        // a courtesy call ("called on the President") is a meeting: the verb passes with its "on"
        assertTrue(gate.states(tokens("He/PRP/he called/VBD/call on/IN/on the/DT/the President/NNP/President")));
        assertTrue(gate.states(tokens("He/PRP/he presented/VBD/present his/PRP$/his credentials/NNS/credential")));
        assertTrue(gate.states(tokens("The/DT/the leaders/NNS/leader held/VBD/hold talks/NNS/talk")));
    }

    @Test
    void theVerbCallStatesAMeetingOnlyWithOn() {
        // the extractor takes "call" as a verb only with its "on" object: a courtesy call
        assertTrue(gate.states(tokens("The/DT/the minister/NN/minister called/VBD/call on/IN/on President/NNP/President Aliyev/NNP/Aliyev")));
        assertFalse(gate.states(tokens("a/DT/a region/NN/region called/VBN/call Tambo/NNP/Tambo")));
        assertFalse(gate.states(tokens("The/DT/the so/RB/so -/HYPH/- called/VBN/call Ring/NNP/Ring of/IN/of Fire/NNP/Fire")));
        assertFalse(gate.states(tokens("the/DT/the alert/NN/alert was/VBD/be called/VBN/call off/RP/off")));
        assertFalse(gate.states(tokens("the/DT/the wage/NN/wage the/DT/the campaign/NN/campaign has/VBZ/have called/VBN/call for/IN/for")));
        // the noun needs no "on": "paid a courtesy call"; and the word forms alone still let every call through
        assertTrue(gate.states(tokens("He/PRP/he paid/VBD/pay a/DT/a courtesy/NN/courtesy call/NN/call")));
        assertTrue(gate.mayState(tokens("a region called Tambo")));
    }

    @Test
    void anArticleWithoutTriggersIsDoneAndOneWithTriggersBringsItsLead() {
        List<List<CoreLabel>> quiet = List.of(tokens("Rain ."), tokens("More rain ."), tokens("Sun on Friday ."));
        assertTrue(gate.toTag(quiet).isEmpty());

        List<List<CoreLabel>> news = List.of(
                tokens("BAKU/NNP/BAKU ,/,/, July/NNP/July 26/CD/26"),
                tokens("The/DT/the Agency/NNP/Agency was/VBD/be founded/VBN/found in/IN/in 2018/CD/2018"),
                tokens("Weather/NN/weather was/VBD/be fine/JJ/fine"),
                tokens("The/DT/the Agency/NNP/Agency signed/VBD/sign a/DT/a memorandum/NN/memorandum"));
        BitSet tagged = gate.toTag(news);
        assertEquals(BitSet.valueOf(new long[] {0b1000}), tagged);
        BitSet analysed = gate.toAnalyse(news, tagged);
        assertEquals(BitSet.valueOf(new long[] {0b1000}), analysed);
        assertEquals(BitSet.valueOf(new long[] {0b0011}), gate.context(news, analysed), "the lead of two");
    }

    @Test
    void triggerWordsInAnArticleThatSpeaksOfNoRelationsAreNotTagged() {
        List<List<CoreLabel>> inspection = List.of(tokens("Inspectors visited a bakery near the station ."),
                tokens("Officers met the owner on Monday ."));
        assertTrue(gate.mayState(inspection.get(0)));
        assertTrue(gate.toTag(inspection).isEmpty(), "a visit and a meeting, but no partner, delegation, talks or document");

        List<List<CoreLabel>> visit = List.of(tokens("The Chilean delegation visited Lima ."),
                tokens("Officers met the owner on Monday ."));
        assertEquals(BitSet.valueOf(new long[] {0b11}), gate.toTag(visit));

        TriggerGate nothingSpoken = new TriggerGate(TriggerLexicon.shared(), InstrumentClassifier.shared(),
                new RelationsScreen(java.util.Set.of(), new CountryCounter(Gazetteer.shared())), 2);
        assertTrue(nothingSpoken.toTag(visit).isEmpty(), "the vocabulary decides, not the gate's own words");
        assertEquals(BitSet.valueOf(new long[] {0b1}), nothingSpoken.toTag(List.of(
                tokens("The Chilean minister met Norway 's envoy ."))), "or two countries named");
    }

    @Test
    void theLeadIsTheHeadlineItsShortLinesAndTheStorysFirstSentence() {
        TriggerGate three = new TriggerGate(TriggerLexicon.shared(), InstrumentClassifier.shared(), 3);
        List<CoreLabel> headline = tokens("Chile , Peru sign trade deal");
        List<CoreLabel> story = tokens("Chile and Peru signed a memorandum on trade in Lima on Monday , the ministry said .");
        List<CoreLabel> more = tokens("The memorandum covers fisheries , mining and the export of fruit to both markets .");
        assertEquals(BitSet.valueOf(new long[] {0b0011}), three.opening(List.of(headline, story, more, more)),
                "the story's second sentence is no longer the scene");
        List<CoreLabel> dateline = tokens("LIMA , Peru , July 8");
        assertEquals(BitSet.valueOf(new long[] {0b0111}), three.opening(List.of(headline, dateline, story, more)),
                "a dateline line under the headline, then the story's first sentence");
        assertEquals(BitSet.valueOf(new long[] {0b0111}), three.opening(List.of(headline, tokens("By Ana Ruiz"), dateline, story)),
                "at most the first three sentences");
    }

    @Test
    void gatheringsAreContextAndPartNeedsTake() {
        List<List<CoreLabel>> news = List.of(tokens("Rain ."), tokens("Sun ."), tokens("Rain again ."),
                tokens("The Paris Air Show opened on Monday ."),
                tokens("Kenya/NNP/Kenya took/VBD/take part/NN/part in/IN/in it/PRP/it"),
                tokens("Kenya/NNP/Kenya signed/VBD/sign a/DT/a deal/NN/deal"));
        assertEquals(BitSet.valueOf(new long[] {0b001011}), gate.context(news, BitSet.valueOf(new long[] {0b010000})),
                "an attendance brings the gathering named elsewhere");
        assertEquals(BitSet.valueOf(new long[] {0b000011}), gate.context(news, BitSet.valueOf(new long[] {0b100000})),
                "a signing told of with no gathering needs none");
        assertFalse(gate.mayState(tokens("Exports are part of the plan .")));
        assertTrue(gate.mayState(tokens("Azerbaijan took part in the forum .")));
        assertFalse(gate.states(tokens("Exports/NNS/export are/VBP/be part/NN/part of/IN/of it/PRP/it")));
        assertTrue(gate.states(tokens("Azerbaijan/NNP/Azerbaijan took/VBD/take part/NN/part")));
    }

    @Test
    void partNeedsTakeJustBeforeIt() {
        assertTrue(gate.mayState(tokens("Ten firms are taking an active part in the fair .")));
        assertTrue(gate.states(tokens("firms/NNS/firm took/VBD/take an/DT/a active/JJ/active part/NN/part")));
        // "took" governs "control" here, and "part" is "as part of"
        assertFalse(gate.mayState(tokens("The board took control of the firm as part of the deal .")));
        assertFalse(gate.states(tokens("The/DT/the board/NN/board took/VBD/take control/NN/control of/IN/of "
                + "the/DT/the firm/NN/firm as/IN/as part/NN/part of/IN/of it/PRP/it")));
    }

    @Test
    void callNeedsOnRightAfterIt() {
        assertTrue(gate.states(tokens("He/PRP/he called/VBD/call again/RB/again on/IN/on Aliyev/NNP/Aliyev")));
        // an "on" later in the sentence is not the call's object
        assertFalse(gate.states(tokens("They/PRP/they called/VBD/call for/IN/for talks/NNS/talks to/TO/to "
                + "resume/VB/resume on/IN/on Monday/NNP/Monday")));
    }

    @Test
    void passiveOnlyVerbsPassOnlyAsParticiples() {
        // "represent", "present", "showcase" state an attendance only with a passive subject
        assertTrue(gate.states(tokens("Azerbaijan/NNP/Azerbaijan is/VBZ/be represented/VBN/represent "
                + "at/IN/at the/DT/the fair/NN/fair")));
        assertTrue(gate.states(tokens("Kazakhstan/NNP/Kazakhstan represented/VBN/represent at/IN/at IDEF/NNP/IDEF")));
        assertFalse(gate.states(tokens("The/DT/the club/NN/club represents/VBZ/represent the/DT/the region/NN/region")));
        assertFalse(gate.states(tokens("The/DT/the firm/NN/firm presented/VBD/present its/PRP$/its results/NNS/result")));
        assertFalse(gate.states(tokens("votes/NNS/vote representing/VBG/represent half/NN/half")));
        // "exhibit" is not passive-only: exhibitors exhibit
        assertTrue(gate.states(tokens("Firms/NNS/firm exhibit/VBP/exhibit at/IN/at the/DT/the fair/NN/fair")));
    }

    @Test
    void anArticleDenseInTriggersIsReadWholeWhenTheyStateNothing() {
        List<List<CoreLabel>> seven = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seven.add(tokens("Sentence ."));
        }
        BitSet five = new BitSet();
        five.set(0, TriggerGate.DENSE);
        BitSet all = new BitSet();
        all.set(0, 7);
        assertEquals(all, gate.whenSilent(seven, five));
        BitSet four = new BitSet();
        four.set(0, TriggerGate.DENSE - 1);
        assertTrue(gate.whenSilent(seven, four).isEmpty());
    }
}
