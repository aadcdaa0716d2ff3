package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.List;
import java.util.Optional;
import org.entente.actor.ActorFactory;
import org.entente.actor.ActorKindClassifier;
import org.entente.actor.ActorMention;
import org.entente.actor.MentionFinder;
import org.entente.geo.Gazetteer;
import org.entente.nlp.Sentences;
import org.junit.jupiter.api.Test;

/** Whom a person acts for, on sentences written for the test, with the parser's known mistakes put in by hand. */
class ParticipantResolverTest {
    private final ActorFactory factory = new ActorFactory(Gazetteer.shared(), ActorKindClassifier.shared());

    /**
     * A long list after "counterpart, X" that the parser hung on "counterpart" as appositions, as it does in
     * real reports of signings in many areas: the person is the counterpart's, Peru's, not the list's last item's.
     */
    @Test
    void aListHungOnACounterpartIsNotWhomTheCounterpartActsFor() {
        CoreSentence sentence = Sentences.parse("Minister Ana Rojas and her Peru counterpart, Luis Soto signed six "
                + "deals in the areas of Ports, Energy, Fisheries, Defense as well as the Public Service Commission.");
        SemanticGraph graph = sentence.dependencyParse();
        IndexedWord counterpart = word(graph, "counterpart");
        GrammaticalRelation appos = GrammaticalRelation.valueOf(Language.UniversalEnglish, "appos");
        for (String item : List.of("Energy", "Fisheries", "Commission")) {
            IndexedWord w = word(graph, item);
            graph.getIncomingEdgesSorted(w).forEach(graph::removeEdge);
            graph.addEdge(counterpart, w, appos, Double.NEGATIVE_INFINITY, false);
        }
        IndexedWord energy = word(graph, "Energy");
        GrammaticalRelation conj = GrammaticalRelation.valueOf(Language.UniversalEnglish, "conj:and");
        graph.addEdge(energy, word(graph, "Fisheries"), conj, Double.NEGATIVE_INFINITY, false);
        graph.addEdge(energy, word(graph, "Commission"), conj, Double.NEGATIVE_INFINITY, false);

        Discourse discourse = new Discourse();
        List<ActorMention> mentions = new MentionFinder(factory).find(sentence, discourse.actors);
        assertTrue(mentions.stream().anyMatch(m -> m.actor().name().contains("Public Service Commission")),
                "the list's last item is a body of its own: " + mentions);
        SentenceView view = new SentenceView(0, sentence, mentions, sentence.text());
        Optional<Participant> soto = new ParticipantResolver(view, discourse, factory).person(word(graph, "Soto"));

        assertTrue(soto.isPresent());
        assertEquals("Peru", soto.get().actor().name());
        assertEquals("Luis Soto", soto.get().person().name());
    }

    private static IndexedWord word(SemanticGraph graph, String word) {
        return graph.vertexSet().stream().filter(w -> w.word().equals(word)).findFirst().orElseThrow();
    }
}
