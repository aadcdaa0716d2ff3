package org.entente.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CountryCounterTest {
    private final CountryCounter counter = new CountryCounter(Gazetteer.shared());

    @Test
    void namesDemonymsAndHyphenatedPairsCount() {
        Map<String, Integer> c = counter.counts("The President praised Kazakh-Chinese relations. Kazakhstan's exports "
                + "to the People's Republic of China grew, and the Republic of Korea joined. Chinese firms agreed.");
        assertEquals(2, c.get("KAZ"));
        assertEquals(3, c.get("CHN"));
        assertEquals(1, c.get("KOR"));
    }

    @Test
    void ordinaryCapitalisedWordsDoNotCount() {
        assertEquals(Map.of(), counter.counts("The Minister of Trade met the Board on Monday."));
    }
}
