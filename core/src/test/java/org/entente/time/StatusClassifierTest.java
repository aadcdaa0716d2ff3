package org.entente.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.time.LocalDate;
import org.entente.event.Status;
import org.entente.nlp.Sentences;
import org.junit.jupiter.api.Test;

class StatusClassifierTest {
    private final StatusClassifier classifier = new StatusClassifier();

    private StatusClassifier.Reading read(String sentence, String trigger) {
        CoreSentence s = Sentences.parse(sentence);
        IndexedWord w = s.dependencyParse().vertexListSorted().stream()
                .filter(x -> x.word().equals(trigger)).findFirst().orElseThrow();
        return classifier.read(s.dependencyParse(), w);
    }

    @Test
    void pastTenseIsDone() {
        assertEquals(StatusClassifier.Reading.DONE, read("The two ministries signed a memorandum on Tuesday.", "signed"));
    }

    @Test
    void modalWillIsPlanned() {
        assertEquals(StatusClassifier.Reading.PLANNED, read("The ministers will sign a trade agreement in Baku.", "sign"));
    }

    @Test
    void agreedToHoldIsPlanned() {
        assertEquals(StatusClassifier.Reading.PLANNED,
                read("The parties agreed to hold the next round of talks in Tashkent.", "talks"));
    }

    @Test
    void decisionToContinueIsPlanned() {
        assertEquals(StatusClassifier.Reading.PLANNED,
                read("A decision was made to continue the negotiations during a visit of experts in July.", "negotiations"));
    }

    @Test
    void cancelledTalksAreNegated() {
        assertEquals(StatusClassifier.Reading.NEGATED, read("The planned meeting was cancelled because of the storm.", "meeting"));
    }

    @Test
    void notSignedIsNegated() {
        assertEquals(StatusClassifier.Reading.NEGATED, read("The delegations did not sign the protocol.", "sign"));
    }

    @Test
    void futureDateMakesPlanned() {
        assertEquals(Status.PLANNED, classifier.status(StatusClassifier.Reading.DONE, "2023-07", LocalDate.of(2023, 5, 10)));
        assertEquals(Status.DONE, classifier.status(StatusClassifier.Reading.DONE, "2023-05", LocalDate.of(2023, 5, 10)));
        assertEquals(Status.DONE, classifier.status(StatusClassifier.Reading.DONE, "2023", LocalDate.of(2023, 5, 10)));
    }
}
