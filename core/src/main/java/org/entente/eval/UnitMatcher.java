package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a predicted unit names the same pair as a gold unit ({@code node_match}, {@code unit_match}
 * of score.py at name level), with the gold actors' normal forms computed once per actor.
 */
final class UnitMatcher {

    private final Map<JsonNode, Map<Integer, Set<String>>> formsCache = new IdentityHashMap<>();

    /** Whether the nodes of {@code p} match those of {@code g} in either order; type and status are not looked at. */
    boolean matches(Unit p, Unit g) {
        List<Unit.Node> pn = p.nodes();
        List<Unit.Node> gn = g.nodes();
        if (pn.size() != gn.size()) {
            return false;
        }
        if (pn.size() == 1) {
            return nodeMatches(p, pn.get(0), g, gn.get(0));
        }
        return nodeMatches(p, pn.get(0), g, gn.get(0)) && nodeMatches(p, pn.get(1), g, gn.get(1))
                || nodeMatches(p, pn.get(0), g, gn.get(1)) && nodeMatches(p, pn.get(1), g, gn.get(0));
    }

    /** Whether one predicted node names one gold node: gathering with gathering, actor with actor. */
    boolean nodeMatches(Unit p, Unit.Node pnode, Unit g, Unit.Node gnode) {
        if (pnode.isGathering() != gnode.isGathering()) {
            return false;
        }
        if (pnode.isGathering()) {
            return NameMatcher.sameName(Py.get(p.event(), "event_name"), NameMatcher.gatheringForms(g.event()));
        }
        return NameMatcher.sameName(Py.get(p.actor(pnode), "name"), goldForms(g.event(), gnode.actor()));
    }

    /** The normal forms of a gold event's actor, cached. */
    Set<String> goldForms(JsonNode goldEvent, int actor) {
        return formsCache.computeIfAbsent(goldEvent, e -> new HashMap<>())
                .computeIfAbsent(actor, i -> NameMatcher.forms(Unit.actors(goldEvent).get(i)));
    }
}
