package org.entente.accuracy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.eval.EventFiles;
import org.entente.eval.Report;
import org.entente.eval.Scorer;
import org.entente.extract.ArticleRejectedException;
import org.entente.extract.Extractor;
import org.entente.nlp.NlpEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The accuracy floor: dev and seed F1 and stream silence must not fall below the last measured values
 * (minus a small margin), so that a change that loses accuracy fails the build; nor may the cascade analyse more of
 * the stream than it last did, plus a margin, so that a change that slows it fails too. Raise the floors when a
 * change improves the figures; never lower them to make a change pass.
 */
class AccuracyFloorTest {
    // last measured (see README "Accuracy"), minus 0.02
    static final double DEV_ACTOR_DYAD_F1 = 0.84;   // 0.859 at stop 15
    static final double DEV_COUNTRY_DYAD_F1 = 0.88;  // 0.899 at stop 15
    static final double DEV_DATE = 0.85;            // 0.877 at stop 16 (0.846 at stop 15)
    static final double DEV_LOCATION = 0.79;        // 0.812 at stop 16 (0.781 at stop 15: a headline's "A, B sign" had been read as a dateline)
    static final double DEV_INSTRUMENT = 0.92;      // 0.938 at stop 15
    static final double SEEDS_ACTOR_DYAD_F1 = 0.87;   // 0.895 at stop 13 (0.686 at stop 10: signers at MUSIAD Expo attend it, which this seed's gold does not list)
    static final double SEEDS_COUNTRY_DYAD_F1 = 0.92;  // 0.952 at stop 13
    static final double SEEDS_DATE = 0.78;             // 0.800 at stop 13 (n=15)
    static final double STREAM_MAX_FALSE_ALARMS = 0.05;
    static final double STREAM_MIN_COOP_RECALL = 0.92;    // 36/38 = 0.947 at stop 17 (35/38 at stop 16); one article of margin
    /**
     * The cascade's cost floor: tokens of the stream given the full analysis, 5,284 at stop 18 (of 27,838; 5,799 at
     * stop 16), plus 2.5%.
     */
    static final long STREAM_MAX_TOKENS_ANALYSED = 5_415;

    static Extractor extractor;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void load() {
        extractor = new Extractor();
    }

    static Report score(String corpus) throws Exception {
        Map<String, List<JsonNode>> gold = EventFiles.load(SharedCorpus.file(corpus, "gold.jsonl"));
        Map<String, List<JsonNode>> pred = new LinkedHashMap<>();
        for (SharedCorpus.Labelled l : SharedCorpus.articles(corpus)) {
            List<JsonNode> events = new ArrayList<>();
            extractor.extract(l.article()).events().forEach(e -> events.add(JSON.valueToTree(e)));
            pred.put(l.article().id(), events);
        }
        return Scorer.score(gold, pred);
    }

    @Test
    void devCorpus() throws Exception {
        Report r = score("dev");
        System.out.println("dev: " + r.text(false).replace('\n', ' '));
        assertTrue(r.dyad().f1() >= DEV_ACTOR_DYAD_F1, "dev actor-dyad F1 " + r.dyad().f1());
        assertTrue(r.countryDyad().f1() >= DEV_COUNTRY_DYAD_F1, "dev country-dyad F1 " + r.countryDyad().f1());
        assertTrue(r.attribute("date") >= DEV_DATE, "dev date accuracy " + r.attribute("date"));
        assertTrue(r.attribute("location") >= DEV_LOCATION, "dev location accuracy " + r.attribute("location"));
        assertTrue(r.attribute("instrument") >= DEV_INSTRUMENT, "dev instrument accuracy " + r.attribute("instrument"));
    }

    @Test
    void seedCorpus() throws Exception {
        Report r = score("seeds");
        assertTrue(r.dyad().f1() >= SEEDS_ACTOR_DYAD_F1, "seeds actor-dyad F1 " + r.dyad().f1());
        assertTrue(r.countryDyad().f1() >= SEEDS_COUNTRY_DYAD_F1, "seeds country-dyad F1 " + r.countryDyad().f1());
        assertTrue(r.attribute("date") >= SEEDS_DATE, "seeds date accuracy " + r.attribute("date"));
    }

    @Test
    void unrelatedNewsStaysSilent() throws Exception {
        Map<String, int[]> byLabel = new HashMap<>();   // label -> {articles, with events}
        long analysedBefore = NlpEngine.shared().tokensAnalysed();
        for (SharedCorpus.Labelled l : SharedCorpus.articles("stream")) {
            int events;
            try {
                events = extractor.extract(l.article()).events().size();
            } catch (ArticleRejectedException e) {
                events = 0;
            }
            int[] c = byLabel.computeIfAbsent(l.label(), k -> new int[2]);
            c[0]++;
            c[1] += events > 0 ? 1 : 0;
        }
        double falseAlarms = (double) byLabel.get("other")[1] / byLabel.get("other")[0];
        double coopRecall = (double) byLabel.get("coop")[1] / byLabel.get("coop")[0];
        long analysed = NlpEngine.shared().tokensAnalysed() - analysedBefore;
        System.out.printf("stream: other with events %.3f, coop with events %.3f, %,d tokens analysed%n", falseAlarms,
                coopRecall, analysed);
        if (!"off".equals(System.getProperty("entente.cascade"))) {
            assertTrue(analysed <= STREAM_MAX_TOKENS_ANALYSED, "the cascade analysed " + analysed + " tokens of the stream");
        }
        assertTrue(falseAlarms <= STREAM_MAX_FALSE_ALARMS, "false alarms " + falseAlarms);
        assertTrue(coopRecall >= STREAM_MIN_COOP_RECALL, "coop recall " + coopRecall);
    }
}
