package org.oxyalloc.solver;

import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.oxyalloc.domain.CollectionPost;
import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.RefillRoute;
import org.oxyalloc.domain.Supplier;

/**
 * The smallest possible shortage when the fleet does not bind, computed independently of the solver: a maximum flow
 * from medical-grade suppliers through every allowed supplier-hospital pair to hospitals, capped by supply, tank
 * space, empty cylinders, station and post capacities and post quotas.
 */
public final class MinimumShortage {

    private MinimumShortage() {
    }

    static long loxKg(OxygenAllocation allocation) {
        var graph = network();
        double maxHours = allocation.getRules().maxTravelHours();
        long requested = 0;
        for (Hospital hospital : allocation.getHospitals()) {
            long space = Math.max(0, hospital.getTankCapacityKg() - hospital.getLoxStockKg());
            edge(graph, hospital.getId(), "sink", Math.min(hospital.getLoxRequestKg(), space));
            requested += hospital.getLoxRequestKg();
        }
        for (Supplier supplier : allocation.getSuppliers()) {
            if (!supplier.deliversLox() || !supplier.isMedicalGrade()) {
                continue;
            }
            edge(graph, "source", supplier.getId(), supplier.getLoxKg());
            for (Hospital hospital : allocation.getHospitals()) {
                if (supplier.mayServe(hospital) && hospital.legFrom(supplier).hours() <= maxHours) {
                    edge(graph, supplier.getId(), hospital.getId(), Double.POSITIVE_INFINITY);
                }
            }
        }
        return requested - Math.round(new PushRelabelMFImpl<>(graph).getMaximumFlow("source", "sink").getValue());
    }

    static long cylinders(OxygenAllocation allocation) {
        var graph = network();
        double maxHours = allocation.getRules().maxTravelHours();
        long requested = 0;
        for (Hospital hospital : allocation.getHospitals()) {
            edge(graph, hospital.getId(), "sink", Math.min(hospital.getCylinderRequest(), hospital.getEmptyCylinders()));
            requested += hospital.getCylinderRequest();
        }
        for (RefillRoute route : allocation.getRefillRoutes()) {
            Supplier station = route.getStation();
            CollectionPost post = route.getPost();
            if (!station.isMedicalGrade()) {
                continue;
            }
            if (!graph.containsVertex(station.getId())) {
                edge(graph, "source", station.getId(), station.getRefillCylinders());
            }
            String from = station.getId();
            if (post != null) {
                from = post.getId();
                edge(graph, station.getId(), post.getId(), post.getCapacityPerDay());
            }
            for (Hospital hospital : allocation.getHospitals()) {
                if (route.legFrom(hospital).hours() <= maxHours) {
                    edge(graph, from, hospital.getId(),
                            post == null ? Double.POSITIVE_INFINITY : post.getQuotaPerHospitalPerDay());
                }
            }
        }
        return requested - Math.round(new PushRelabelMFImpl<>(graph).getMaximumFlow("source", "sink").getValue());
    }

    public static long totalKg(OxygenAllocation allocation) {
        return loxKg(allocation) + cylinders(allocation) * Oxygen.KG_PER_CYLINDER;
    }

    private static SimpleDirectedWeightedGraph<String, DefaultWeightedEdge> network() {
        var graph = new SimpleDirectedWeightedGraph<String, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        graph.addVertex("source");
        graph.addVertex("sink");
        return graph;
    }

    private static void edge(SimpleDirectedWeightedGraph<String, DefaultWeightedEdge> graph, String from, String to,
            double capacity) {
        graph.addVertex(from);
        graph.addVertex(to);
        graph.setEdgeWeight(graph.addEdge(from, to), capacity);
    }
}
