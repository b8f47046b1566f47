package org.oxyalloc.bound;

import java.util.Arrays;

/** A min-cost flow problem with integer capacities, unit costs and node supplies; arcs are numbered as added. */
public final class FlowProblem {

    private int nodes;
    private int arcs;
    private int[] tail = new int[64];
    private int[] head = new int[64];
    private long[] capacity = new long[64];
    private long[] unitCost = new long[64];
    private long[] supply = new long[64];

    public int addNode() {
        if (nodes == supply.length) {
            supply = Arrays.copyOf(supply, nodes * 2);
        }
        return nodes++;
    }

    public int addArc(int from, int to, long arcCapacity, long cost) {
        if (arcs == tail.length) {
            tail = Arrays.copyOf(tail, arcs * 2);
            head = Arrays.copyOf(head, arcs * 2);
            capacity = Arrays.copyOf(capacity, arcs * 2);
            unitCost = Arrays.copyOf(unitCost, arcs * 2);
        }
        tail[arcs] = from;
        head[arcs] = to;
        capacity[arcs] = arcCapacity;
        unitCost[arcs] = cost;
        return arcs++;
    }

    public void setSupply(int node, long amount) {
        supply[node] = amount;
    }

    public int nodeCount() {
        return nodes;
    }

    public int arcCount() {
        return arcs;
    }

    public int tail(int arc) {
        return tail[arc];
    }

    public int head(int arc) {
        return head[arc];
    }

    public long capacity(int arc) {
        return capacity[arc];
    }

    public long unitCost(int arc) {
        return unitCost[arc];
    }

    public long supply(int node) {
        return supply[node];
    }

    /** The same network and supplies with other unit costs. */
    FlowProblem withUnitCosts(long[] costs) {
        FlowProblem copy = new FlowProblem();
        copy.nodes = nodes;
        copy.arcs = arcs;
        copy.tail = tail.clone();
        copy.head = head.clone();
        copy.capacity = capacity.clone();
        copy.supply = supply.clone();
        copy.unitCost = costs.clone();
        return copy;
    }

    /** Total cost of a flow on this problem. */
    public long cost(long[] flows) {
        long cost = 0;
        for (int a = 0; a < arcs; a++) {
            cost += flows[a] * unitCost[a];
        }
        return cost;
    }
}
