package org.entente.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One scoring unit of an event: a pair of its actors, an attending actor with the gathering
 * ({@code ATTEND}), or the lone actor of a one-actor {@code AGREE}/{@code MEET}.
 *
 * @param event    the event the unit comes from
 * @param nodes    one or two nodes
 * @param optional gold only: the event or one of the unit's actors is marked optional
 */
public record Unit(JsonNode event, List<Node> nodes, boolean optional) {

    /**
     * One side of a unit: the actor at an index of the event's {@code actors}, or the event's gathering.
     *
     * @param actor index into {@code actors}, or -1 for the gathering
     */
    public record Node(int actor) {
        static final Node GATHERING = new Node(-1);

        boolean isGathering() {
            return actor < 0;
        }
    }

    public Unit {
        nodes = List.copyOf(nodes);
    }

    /** {@code gold_units(event)}: units with their optional flag. */
    static List<Unit> gold(JsonNode event) {
        List<JsonNode> actors = actors(event);
        boolean optEvent = Py.truthy(Py.get(event, "optional"));
        List<Unit> out = new ArrayList<>();
        if (isType(event, "ATTEND")) {
            for (int i = 0; i < actors.size(); i++) {
                out.add(new Unit(event, List.of(new Node(i), Node.GATHERING), optEvent || optional(actors.get(i))));
            }
            return out;
        }
        if (actors.size() == 1) {
            out.add(new Unit(event, List.of(new Node(0)), optEvent || optional(actors.get(0))));
            return out;
        }
        for (int x = 0; x < actors.size(); x++) {
            for (int y = x + 1; y < actors.size(); y++) {
                boolean opt = optEvent || optional(actors.get(x)) || optional(actors.get(y));
                out.add(new Unit(event, List.of(new Node(x), new Node(y)), opt));
            }
        }
        return out;
    }

    /** {@code pred_units(event)}: the same shapes, never optional. */
    static List<Unit> pred(JsonNode event) {
        int n = actors(event).size();
        List<Unit> out = new ArrayList<>();
        if (isType(event, "ATTEND")) {
            for (int i = 0; i < n; i++) {
                out.add(new Unit(event, List.of(new Node(i), Node.GATHERING), false));
            }
        } else if (n == 1) {
            out.add(new Unit(event, List.of(new Node(0)), false));
        } else {
            for (int x = 0; x < n; x++) {
                for (int y = x + 1; y < n; y++) {
                    out.add(new Unit(event, List.of(new Node(x), new Node(y)), false));
                }
            }
        }
        return out;
    }

    /** {@code event.get("actors") or []}. */
    static List<JsonNode> actors(JsonNode event) {
        return Py.items(Py.get(event, "actors"));
    }

    static boolean isType(JsonNode event, String type) {
        JsonNode t = Py.get(event, "type");
        return t != null && t.isTextual() && t.textValue().equals(type);
    }

    private static boolean optional(JsonNode actor) {
        return Py.truthy(Py.get(actor, "optional"));
    }

    /** The event's {@code type}, as a Python-equality key. */
    Object type() {
        return Py.key(Py.get(event, "type"));
    }

    /** The event's {@code status}, as a Python-equality key. */
    Object status() {
        return Py.key(Py.get(event, "status"));
    }

    /** The actor object a node stands for (null for the gathering). */
    JsonNode actor(Node node) {
        return node.isGathering() ? null : actors(event).get(node.actor());
    }

    /** What a node names as written: the actor's name or the gathering's {@code event_name}. */
    String name(Node node) {
        JsonNode n = node.isGathering() ? Py.get(event, "event_name") : Py.get(actor(node), "name");
        return Py.truthy(n) ? Py.str(n) : "";
    }

    /** The label of a node in {@code gold_label}/{@code pred_same_unit}: "E:" + gathering, or the actor's name, normalised. */
    String label(Node node) {
        if (node.isGathering()) {
            return "E:" + NameMatcher.norm(Py.get(event, "event_name"));
        }
        return NameMatcher.norm(Py.get(actor(node), "name"));
    }

    /** The sorted labels of the nodes: equal for units naming the same pair the same way. */
    List<String> labels() {
        List<String> out = new ArrayList<>();
        for (Node n : nodes) {
            out.add(label(n));
        }
        out.sort(Py::compare);
        return out;
    }

    /** {@code country_key}: type, status and the sorted country codes ("EVENT" for the gathering), or null. */
    List<Object> countryKey() {
        List<String> codes = new ArrayList<>();
        for (Node n : nodes) {
            if (n.isGathering()) {
                codes.add("EVENT");
                continue;
            }
            JsonNode c = Py.get(actor(n), "country");
            if (!Py.truthy(c)) {
                return null;
            }
            codes.add(Py.str(c).toUpperCase(Locale.ROOT));
        }
        codes.sort(Py::compare);
        List<Object> key = new ArrayList<>();
        key.add(type());
        key.add(status());
        key.add(codes);
        return key;
    }

    /** "A + B" or "A @ gathering" as written, for reports; "?" for a missing name. */
    String pairText() {
        StringBuilder out = new StringBuilder();
        for (Node n : nodes) {
            String name = name(n).isEmpty() ? "?" : name(n);
            out.append(out.length() == 0 ? "" : n.isGathering() ? " @ " : " + ").append(name);
        }
        return out.toString();
    }
}
