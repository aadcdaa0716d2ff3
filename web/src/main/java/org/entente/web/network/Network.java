package org.entente.web.network;

import java.util.List;

/**
 * A graph of who cooperates with whom.
 *
 * @param level     what the nodes are
 * @param nodes     the nodes that have at least one edge
 * @param edges     the heaviest edges, at most the limit asked for
 * @param truncated whether lighter edges were left out
 */
public record Network(NetworkLevel level, List<Node> nodes, List<Edge> edges, boolean truncated) {

    /**
     * @param id      actor id or country code
     * @param label   what to print on it
     * @param country the country (ISO-3), or null
     * @param events  the sum of its edges' weights
     */
    public record Node(String id, String label, String country, long events) {
    }

    /** Two nodes and how many events they share. */
    public record Edge(String source, String target, long events) {
    }
}
