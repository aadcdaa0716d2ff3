package org.entente.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameShieldTest {

    private static String subjectOf(CoreSentence s, String verb) {
        SemanticGraph g = s.dependencyParse();
        IndexedWord v = g.vertexListSorted().stream().filter(w -> w.word().equals(verb)).findFirst().orElseThrow();
        return g.outgoingEdgeList(v).stream().filter(e -> e.getRelation().toString().startsWith("nsubj"))
                .map(e -> e.getDependent().word()).findFirst().orElse(null);
    }

    @Test
    void aLongNameStaysTheSubjectOfItsVerb() {
        CoreSentence s = Sentences.parse("Kenya's Agency for Small and Medium Enterprise Development has signed a "
                + "memorandum with the Uganda Investment Authority.");
        assertEquals("Agency", subjectOf(s, "signed"), s.dependencyParse().toList());
    }

    @Test
    void tagsAreRestoredAfterParsing() {
        CoreSentence s = Sentences.parse("The Ministry of Agriculture and Rural Development of Poland hosted the talks.");
        assertEquals("IN", s.tokens().get(2).tag());
        assertEquals("CC", s.tokens().get(4).tag());
    }

    @Test
    void twoOrganisationsJoinedByAndStayCoordinated() {
        CoreSentence s = Sentences.parse("The Ministry of Economy and the Ministry of Trade signed a protocol.");
        List<SemanticGraphEdge> conj = s.dependencyParse().edgeListSorted().stream()
                .filter(e -> e.getRelation().toString().startsWith("conj")).toList();
        assertTrue(conj.stream().anyMatch(e -> e.getGovernor().word().equals("Ministry")
                && e.getDependent().word().equals("Ministry")), s.dependencyParse().toList());
    }

    @Test
    void countriesAfterAndAreNotPartOfTheName() {
        var tokens = Sentences.parse("The Chambers of Commerce of Azerbaijan and Turkey met.").tokens();
        // shielding happens inside annotate; re-running it on the finished tokens shows what it would touch
        List<NameShield.Saved> saved = NameShield.shield(tokens);
        NameShield.restore(saved);
        assertTrue(saved.stream().noneMatch(x -> x.token().word().equals("and")), saved.toString());
    }
}
