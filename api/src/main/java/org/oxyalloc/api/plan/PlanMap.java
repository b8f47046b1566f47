package org.oxyalloc.api.plan;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.plan.OxygenLeft;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.problem.Problem;

/**
 * What a plan's map draws: suppliers, hospitals (with their need and the share of it met) and collection posts where
 * they are, and a line for each delivery and each refill, from supplier (or post) to hospital, with its amount.
 */
public record PlanMap(List<Place> suppliers, List<HospitalPlace> hospitals, List<Place> collectionPosts,
        List<Line> deliveries, List<Line> refills) {

    /** A supplier or a post. */
    public record Place(String id, String name, double lat, double lon) {
    }

    /**
     * @param requestTons what it asks for today, LOX and cylinders (8 kg each) together
     * @param shareMet the share of that request the plan meets, 1 for a hospital that asks for nothing
     * @param hoursLeft hours of oxygen it holds now, over its use; null without a use
     */
    public record HospitalPlace(String id, String name, double lat, double lon, double requestTons, double shareMet,
            double shortageTons, Double hoursLeft) {
    }

    /** A delivery (tons of LOX) or a refill (cylinders) from a supplier or post to a hospital. */
    public record Line(String fromId, String toId, double fromLat, double fromLon, double toLat, double toLon,
            double amount) {
    }

    private static final double TONS_PER_CYLINDER = Oxygen.KG_PER_CYLINDER / 1000.0;

    static PlanMap of(Problem problem, Plan plan) {
        Map<String, Problem.Location> suppliers = problem.suppliers().stream()
                .collect(Collectors.toMap(Problem.Supplier::id, Problem.Supplier::location));
        Map<String, Problem.Location> hospitals = problem.hospitals().stream()
                .collect(Collectors.toMap(Problem.Hospital::id, Problem.Hospital::location));
        Map<String, Problem.Location> posts = problem.effectiveCollectionPosts().stream()
                .collect(Collectors.toMap(Problem.CollectionPost::id, Problem.CollectionPost::location));
        List<HospitalPlace> hospitalPlaces = plan.hospitals().stream().map(h -> {
            Problem.Location at = hospitals.get(h.id());
            double request = h.loxRequestTons() + h.cylinderRequest() * TONS_PER_CYLINDER;
            double received = h.loxReceivedTons() + h.cylindersRefilled() * TONS_PER_CYLINDER;
            double shortage = h.loxShortageTons() + h.cylinderShortage() * TONS_PER_CYLINDER;
            return new HospitalPlace(h.id(), h.name(), at.lat(), at.lon(), round(request),
                    request <= 0 ? 1.0 : Math.min(1.0, received / request), round(shortage),
                    h.coverageDaysBefore() == null ? null : OxygenLeft.hours(h.coverageDaysBefore()));
        }).toList();
        List<Line> deliveries = plan.hospitals().stream().flatMap(h -> h.quotas().stream()
                .map(q -> line(q.supplierId(), suppliers, h.id(), hospitals, q.tons()))).toList();
        List<Line> refills = plan.hospitals().stream().flatMap(h -> h.refills().stream()
                .map(r -> r.postId() != null ? line(r.postId(), posts, h.id(), hospitals, r.cylinders())
                        : line(r.stationId(), suppliers, h.id(), hospitals, r.cylinders()))).toList();
        return new PlanMap(places(problem.suppliers(), Problem.Supplier::id, Problem.Supplier::name, suppliers),
                hospitalPlaces,
                places(problem.effectiveCollectionPosts(), Problem.CollectionPost::id, Problem.CollectionPost::name, posts),
                deliveries, refills);
    }

    private static <T> List<Place> places(List<T> items, Function<T, String> id, Function<T, String> name,
            Map<String, Problem.Location> locations) {
        return items.stream().map(item -> {
            Problem.Location at = locations.get(id.apply(item));
            return new Place(id.apply(item), name.apply(item), at.lat(), at.lon());
        }).toList();
    }

    private static Line line(String fromId, Map<String, Problem.Location> from, String toId,
            Map<String, Problem.Location> to, double amount) {
        Problem.Location a = from.get(fromId);
        Problem.Location b = to.get(toId);
        return new Line(fromId, toId, a.lat(), a.lon(), b.lat(), b.lon(), round(amount));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
