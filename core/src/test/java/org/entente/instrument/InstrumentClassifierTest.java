package org.entente.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.event.InstrumentKind;
import org.junit.jupiter.api.Test;

class InstrumentClassifierTest {
    private final InstrumentClassifier classifier = InstrumentClassifier.shared();

    private void assertKind(InstrumentKind kind, String name) {
        assertEquals(kind, classifier.kindOf(name), name);
    }

    @Test
    void memoranda() {
        assertKind(InstrumentKind.MOU, "memorandum of understanding on cooperation");
        assertKind(InstrumentKind.MOU, "Memorandum of Understanding");
        assertKind(InstrumentKind.MOU, "MoU");
        assertKind(InstrumentKind.MOU, "MOU on friendly city cooperation");
        assertKind(InstrumentKind.MOU, "three MoUs");
        assertKind(InstrumentKind.MOU, "memoranda of cooperation");
        assertKind(InstrumentKind.MOU, "Memorandums of Understanding");
        assertKind(InstrumentKind.MOU, "memorandum of intent");
        assertKind(InstrumentKind.MOU, "Understanding on the establishment of a joint commission");
    }

    @Test
    void agreementsAndContracts() {
        assertKind(InstrumentKind.AGREEMENT, "Eleven agreements");
        assertKind(InstrumentKind.AGREEMENT, "intergovernmental agreement on air services");
        assertKind(InstrumentKind.AGREEMENT, "sister city agreement");
        assertKind(InstrumentKind.AGREEMENT, "treaty on strategic partnership");
        assertKind(InstrumentKind.AGREEMENT, "two treaties");
        assertKind(InstrumentKind.AGREEMENT, "accord");
        assertKind(InstrumentKind.AGREEMENT, "trade deal");
        assertKind(InstrumentKind.CONTRACT, "contract");
        assertKind(InstrumentKind.CONTRACT, "contracts for the supply of gas");
        assertKind(InstrumentKind.CONTRACT, "an arms deal");
        assertKind(InstrumentKind.CONTRACT, "a supply deal");
    }

    @Test
    void protocolsRoadmapsDeclarationsPlans() {
        assertKind(InstrumentKind.PROTOCOL, "protocol of intent");
        assertKind(InstrumentKind.PROTOCOL, "protocol of the fifth meeting of the intergovernmental commission");
        assertKind(InstrumentKind.ROADMAP, "roadmap for the working group on digital transformation");
        assertKind(InstrumentKind.ROADMAP, "road map");
        assertKind(InstrumentKind.DECLARATION, "Shusha Declaration");
        assertKind(InstrumentKind.DECLARATION, "joint communiqué");
        assertKind(InstrumentKind.DECLARATION, "joint communique");
        assertKind(InstrumentKind.DECLARATION, "joint statement");
        assertKind(InstrumentKind.DECLARATION, "Charter on Strategic Partnership");
        assertKind(InstrumentKind.PLAN, "action plan");
        assertKind(InstrumentKind.PLAN, "program of cooperation");
        assertKind(InstrumentKind.PLAN, "Cooperation Programme for 2024-2025");
    }

    @Test
    void theFirstDocumentWordDecides() {
        assertKind(InstrumentKind.PROTOCOL, "protocol on a sister city agreement");
        assertKind(InstrumentKind.AGREEMENT, "agreement on the development of the roadmap");
        assertKind(InstrumentKind.MOU, "memorandum of understanding on an action plan");
        assertKind(InstrumentKind.ROADMAP, "roadmap for implementing the agreement");
    }

    @Test
    void namesWithoutAKindAreOther() {
        assertKind(InstrumentKind.OTHER, "17 cooperation documents");
        assertKind(InstrumentKind.OTHER, "letter of intent");
        assertKind(InstrumentKind.OTHER, "the package");
        assertKind(InstrumentKind.OTHER, "");
        assertKind(InstrumentKind.OTHER, null);
        // "mutual understanding" is a relation, not a memorandum
        assertKind(InstrumentKind.OTHER, "mutual understanding");
    }

    @Test
    void instrumentHeadsAreTheNounsThatNameDocuments() {
        for (String head : new String[] {"memorandum", "memoranda", "memorandums", "mou", "MoU", "agreement", "accord",
                "treaty", "contract", "deal", "protocol", "roadmap", "declaration", "communique", "communiqué",
                "charter", "program", "programme", "plan", "pact", "convention", "instrument"}) {
            assertTrue(classifier.isInstrumentHead(head), head);
        }
        for (String other : new String[] {"understanding", "document", "letter", "meeting", "cooperation", "road",
                "map", "statement", "sign", "", "agreement on trade"}) {
            assertFalse(classifier.isInstrumentHead(other), other);
        }
    }
}
