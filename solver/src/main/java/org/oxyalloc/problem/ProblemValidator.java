package org.oxyalloc.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.oxyalloc.text.Phrase;

/**
 * The checks a schema cannot express: unique and resolvable ids, occupancy within beds, stock within the tank,
 * known constraint names, and warnings about supply that cannot reach anyone.
 */
final class ProblemValidator {

    /** Keeps every weighted match below 2^63 at national scale; see docs/model.md. */
    static final long MAX_CONSTRAINT_WEIGHT = 1_000_000;

    private ProblemValidator() {
    }

    static List<ProblemIssue> validate(Problem problem, Collection<String> constraintNames) {
        List<ProblemIssue> issues = new ArrayList<>();
        checkTexts(problem, issues);
        Map<String, Problem.Supplier> suppliers = uniqueIds(problem.suppliers(), Problem.Supplier::id, "$.suppliers", issues);
        uniqueIds(problem.hospitals(), Problem.Hospital::id, "$.hospitals", issues);
        uniqueIds(problem.effectiveCollectionPosts(), Problem.CollectionPost::id, "$.collectionPosts", issues);

        Set<String> hospitalGroups = new HashSet<>();
        for (int i = 0; i < problem.hospitals().size(); i++) {
            Problem.Hospital hospital = problem.hospitals().get(i);
            hospitalGroups.addAll(hospital.groupsOrEmpty());
            checkHospital(hospital, "$.hospitals[" + i + "]", issues);
            checkCarriedOver(hospital.carriedOver(), Problem.Hospital.class, "$.hospitals[" + i + "]", hospital.name(), issues);
        }
        for (int i = 0; i < problem.suppliers().size(); i++) {
            Problem.Supplier supplier = problem.suppliers().get(i);
            checkSupplier(supplier, "$.suppliers[" + i + "]", hospitalGroups, issues);
            checkCarriedOver(supplier.carriedOver(), Problem.Supplier.class, "$.suppliers[" + i + "]", supplier.name(), issues);
        }
        for (int i = 0; i < problem.effectiveCollectionPosts().size(); i++) {
            checkPost(problem.effectiveCollectionPosts().get(i), "$.collectionPosts[" + i + "]", suppliers, issues);
        }
        checkSettings(problem.effectiveSettings(), constraintNames, issues);
        if (problem.baseline() != null) {
            checkBaseline(problem, suppliers, issues);
        }
        if (problem.roadNetwork() != null) {
            checkNetwork(problem.roadNetwork(), "$.roadNetwork", true, issues);
        }
        return issues;
    }

    /**
     * Names, regencies, groups and the region are shown on pages, printed on dispatch sheets and written into
     * spreadsheets: a control character, a direction override (which makes a name read differently from what it
     * is) or the replacement character of undecodable bytes in one is refused, with where it is.
     */
    private static void checkTexts(Problem problem, List<ProblemIssue> issues) {
        checkText("$.region", problem.region(), issues);
        if (problem.baseline() != null) {
            checkText("$.baseline.reason", problem.baseline().reason(), issues);
        }
        for (int i = 0; i < problem.suppliers().size(); i++) {
            Problem.Supplier supplier = problem.suppliers().get(i);
            checkText("$.suppliers[" + i + "].name", supplier.name(), issues);
            checkTexts("$.suppliers[" + i + "].reservedForGroups", supplier.reservedGroups(), issues);
        }
        for (int i = 0; i < problem.hospitals().size(); i++) {
            Problem.Hospital hospital = problem.hospitals().get(i);
            checkText("$.hospitals[" + i + "].name", hospital.name(), issues);
            checkText("$.hospitals[" + i + "].regency", hospital.regency(), issues);
            checkTexts("$.hospitals[" + i + "].groups", hospital.groupsOrEmpty(), issues);
        }
        for (int i = 0; i < problem.effectiveCollectionPosts().size(); i++) {
            checkText("$.collectionPosts[" + i + "].name", problem.effectiveCollectionPosts().get(i).name(), issues);
        }
        if (problem.roadNetwork() != null) {
            checkText("$.roadNetwork.name", problem.roadNetwork().name(), issues);
        }
    }

    private static void checkTexts(String path, List<String> texts, List<ProblemIssue> issues) {
        for (int i = 0; i < texts.size(); i++) {
            checkText(path + "[" + i + "]", texts.get(i), issues);
        }
    }

    private static void checkText(String path, String text, List<ProblemIssue> issues) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            String kind = Character.isISOControl(c) ? "issue.text.control"
                    : (c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
                            ? "issue.text.direction"
                    : c == 0xFFFD ? "issue.text.replacement"
                    : null;
            if (kind != null) {
                issues.add(ProblemIssue.error(path, text.replaceAll("\\p{Cc}|[\u200E\u200F\u202A-\u202E\u2066-\u2069]", "?"),
                        Phrase.of("issue.text", String.format(Locale.ROOT, "U+%04X", c), Phrase.of(kind),
                                text.codePointCount(0, i) + 1)));
                return;
            }
        }
    }

    /** A network read from its own file: it must hold nodes and edges, not refer to yet another file. */
    static List<ProblemIssue> validateNetworkFile(Problem.RoadNetwork network, String path) {
        List<ProblemIssue> issues = new ArrayList<>();
        checkNetwork(network, path, false, issues);
        return issues;
    }

    private static void checkNetwork(Problem.RoadNetwork network, String path, boolean mayReferToFile,
            List<ProblemIssue> issues) {
        boolean inline = network.nodes() != null || network.edges() != null;
        if (network.refersToFile()) {
            if (!mayReferToFile) {
                issues.add(ProblemIssue.error(path + ".file", network.file(), Phrase.of("issue.network.fileInFile")));
            } else if (inline) {
                issues.add(ProblemIssue.error(path + ".file", network.file(), Phrase.of("issue.network.fileAndNodes")));
            }
            return;
        }
        if (network.nodes() == null || network.nodes().isEmpty() || network.edges() == null || network.edges().isEmpty()) {
            issues.add(ProblemIssue.error(path, null,
                    Phrase.of(mayReferToFile ? "issue.network.emptyOrFile" : "issue.network.empty")));
            return;
        }
        Map<String, Problem.RoadNode> nodes = uniqueIds(network.nodes(), Problem.RoadNode::id, path + ".nodes", issues);
        for (int i = 0; i < network.edges().size(); i++) {
            Problem.RoadEdge edge = network.edges().get(i);
            String edgePath = path + ".edges[" + i + "]";
            if (!nodes.containsKey(edge.from())) {
                issues.add(ProblemIssue.error(edgePath + ".from", edge.from(), Phrase.of("issue.network.noNode")));
            }
            if (!nodes.containsKey(edge.to())) {
                issues.add(ProblemIssue.error(edgePath + ".to", edge.to(), Phrase.of("issue.network.noNode")));
            }
            if (edge.from().equals(edge.to())) {
                issues.add(ProblemIssue.error(edgePath + ".to", edge.to(), Phrase.of("issue.network.selfLoop")));
            }
            if (edge.kind() == Problem.RoadKind.FERRY && edge.hours() == null) {
                issues.add(ProblemIssue.error(edgePath + ".hours", null, Phrase.of("issue.network.ferryHours")));
            }
        }
    }

    private static <T> Map<String, T> uniqueIds(List<T> items, Function<T, String> id, String listPath,
            List<ProblemIssue> issues) {
        Map<String, T> byId = new HashMap<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String key = id.apply(items.get(i));
            Integer first = firstIndex.putIfAbsent(key, i);
            if (first != null) {
                issues.add(ProblemIssue.error(listPath + "[" + i + "].id", key,
                        Phrase.of("issue.duplicateId", listPath + "[" + first + "]")));
            } else {
                byId.put(key, items.get(i));
            }
        }
        return byId;
    }

    private static void checkHospital(Problem.Hospital hospital, String path, List<ProblemIssue> issues) {
        if (hospital.occupiedBeds() > hospital.beds()) {
            issues.add(ProblemIssue.error(path + ".occupiedBeds", hospital.occupiedBeds(),
                    Phrase.of("issue.occupiedAboveBeds", hospital.beds())));
        }
        if (hospital.icuBedsOrZero() > hospital.beds()) {
            issues.add(ProblemIssue.error(path + ".icuBeds", hospital.icuBedsOrZero(),
                    Phrase.of("issue.icuAboveBeds", hospital.beds())));
        }
        if (hospital.occupiedIcuBedsOrZero() > hospital.icuBedsOrZero()) {
            issues.add(ProblemIssue.error(path + ".occupiedIcuBeds", hospital.occupiedIcuBedsOrZero(),
                    Phrase.of("issue.occupiedIcuAboveIcu", hospital.icuBedsOrZero())));
        }
        if (hospital.occupiedIcuBedsOrZero() > hospital.occupiedBeds()) {
            issues.add(ProblemIssue.error(path + ".occupiedIcuBeds", hospital.occupiedIcuBedsOrZero(),
                    Phrase.of("issue.occupiedIcuAboveOccupied", hospital.occupiedBeds())));
        }
        double tank = hospital.tankCapacityTonsOrZero();
        if (hospital.loxStockTonsOrZero() > tank) {
            issues.add(ProblemIssue.error(path + ".loxStockTons", hospital.loxStockTons(),
                    Phrase.of("issue.stockAboveTank", tank)));
        }
        if (tank == 0 && hospital.loxNeedTonsPerDay() != null && hospital.loxNeedTonsPerDay() > 0) {
            issues.add(ProblemIssue.error(path + ".loxNeedTonsPerDay", hospital.loxNeedTonsPerDay(),
                    Phrase.of("issue.loxWithoutTank")));
        }
    }

    /**
     * Carried-over numbers name fields of the record they belong to, and each hospital or supplier with some is a
     * warning: nobody reported them for this day, so staff check them before the plan is published.
     */
    private static void checkCarriedOver(Problem.CarriedOver carried, Class<? extends Record> type, String path,
            String name, List<ProblemIssue> issues) {
        if (carried == null) {
            return;
        }
        Set<String> fields = new HashSet<>();
        for (var component : type.getRecordComponents()) {
            fields.add(component.getName());
        }
        for (int f = 0; f < carried.fields().size(); f++) {
            String field = carried.fields().get(f);
            if (!fields.contains(field) || field.equals("carriedOver") || field.equals("id")) {
                issues.add(ProblemIssue.error(path + ".carriedOver.fields[" + f + "]", field,
                        Phrase.of("issue.carriedOver.field")));
                return;
            }
        }
        checkText(path + ".carriedOver.basis", carried.basis(), issues);
        issues.add(ProblemIssue.warning(path + ".carriedOver", String.join(", ", carried.fields()),
                Phrase.of("issue.carriedOver", name, carried.basis())));
    }

    private static void checkSupplier(Problem.Supplier supplier, String path, Set<String> hospitalGroups,
            List<ProblemIssue> issues) {
        if (supplier.fleet() != null && supplier.tankers() != null) {
            issues.add(ProblemIssue.error(path + ".tankers", supplier.tankers().size() + " tankers",
                    Phrase.of("issue.fleetAndTankers")));
        }
        Set<String> tankerIds = new HashSet<>();
        List<Problem.Tanker> tankers = supplier.tankers() == null ? List.of() : supplier.tankers();
        for (int t = 0; t < tankers.size(); t++) {
            if (!tankerIds.add(tankers.get(t).id())) {
                issues.add(ProblemIssue.error(path + ".tankers[" + t + "].id", tankers.get(t).id(),
                        Phrase.of("issue.duplicateTanker", supplier.id())));
            }
        }
        boolean hasTankers = !supplier.effectiveTankers().isEmpty();
        if (supplier.loxTonsOrZero() > 0 && !hasTankers) {
            issues.add(ProblemIssue.warning(path + ".fleet", null,
                    Phrase.of("issue.loxWithoutTankers", supplier.id(), supplier.loxTonsOrZero())));
        }
        for (int g = 0; g < supplier.reservedGroups().size(); g++) {
            String group = supplier.reservedGroups().get(g);
            if (group.isBlank()) {
                issues.add(ProblemIssue.error(path + ".reservedForGroups[" + g + "]", "\"" + group + "\"",
                        Phrase.of("issue.blankGroup")));
            } else if (!hospitalGroups.contains(group)) {
                issues.add(ProblemIssue.warning(path + ".reservedForGroups[" + g + "]", group,
                        Phrase.of("issue.emptyGroup")));
            }
        }
    }

    private static void checkPost(Problem.CollectionPost post, String path, Map<String, Problem.Supplier> suppliers,
            List<ProblemIssue> issues) {
        Problem.Supplier station = suppliers.get(post.stationId());
        if (station == null) {
            issues.add(ProblemIssue.error(path + ".stationId", post.stationId(),
                    Phrase.of("issue.post.noStation")));
        } else if (station.refillCylindersOrZero() == 0) {
            // A station stopped today (a re-plan's disruption) leaves its post without refills, not the day invalid.
            issues.add(ProblemIssue.warning(path + ".stationId", post.stationId(), Phrase.of("issue.post.notAStation")));
        }
        if (post.trucks() == 0) {
            issues.add(ProblemIssue.warning(path + ".trucks", 0, Phrase.of("issue.post.stopped")));
        } else if (post.tripsPerDay() == 0) {
            issues.add(ProblemIssue.warning(path + ".roundTripHours", post.roundTripHours(),
                    Phrase.of("issue.post.noTrip", post.operatingHoursPerDay())));
        }
    }

    /**
     * The plan re-planned names what the problem has: hospitals, suppliers, stations and posts. A tanker no longer in
     * service is fine for a trip not yet made (its quota still counts), not for one dispatched: that tanker is on the road.
     */
    private static void checkBaseline(Problem problem, Map<String, Problem.Supplier> suppliers, List<ProblemIssue> issues) {
        Set<String> hospitals = new HashSet<>();
        problem.hospitals().forEach(h -> hospitals.add(h.id()));
        Map<String, Problem.CollectionPost> posts = new HashMap<>();
        problem.effectiveCollectionPosts().forEach(p -> posts.put(p.id(), p));
        List<Problem.BaselineTrip> trips = problem.baseline().tankerTripsOrEmpty();
        Set<String> tripKeys = new HashSet<>();
        Map<String, Double> dispatchedTons = new HashMap<>();
        Map<String, Integer> firstDispatched = new HashMap<>();
        for (int t = 0; t < trips.size(); t++) {
            Problem.BaselineTrip trip = trips.get(t);
            String path = "$.baseline.tankerTrips[" + t + "]";
            Problem.Supplier supplier = suppliers.get(trip.supplierId());
            if (supplier == null) {
                issues.add(ProblemIssue.error(path + ".supplierId", trip.supplierId(), Phrase.of("issue.baseline.noSupplier")));
            } else if (trip.isDispatched() && supplier.effectiveTankers().stream().noneMatch(k -> k.id().equals(trip.tankerId()))) {
                issues.add(ProblemIssue.error(path + ".tankerId", trip.tankerId(),
                        Phrase.of("issue.baseline.dispatchedTanker", supplier.id())));
            }
            if (trip.isDispatched()) {
                dispatchedTons.merge(trip.supplierId(), trip.stops().stream().mapToDouble(Problem.BaselineStop::tons).sum(),
                        Double::sum);
                firstDispatched.putIfAbsent(trip.supplierId(), t);
            }
            if (!tripKeys.add(trip.supplierId() + "/" + trip.tankerId() + "#" + trip.number())) {
                issues.add(ProblemIssue.error(path + ".number", trip.number(), Phrase.of("issue.baseline.duplicateTrip")));
            }
            for (int s = 0; s < trip.stops().size(); s++) {
                String hospitalId = trip.stops().get(s).hospitalId();
                if (!hospitals.contains(hospitalId)) {
                    issues.add(ProblemIssue.error(path + ".stops[" + s + "].hospitalId", hospitalId,
                            Phrase.of("issue.baseline.noHospital")));
                }
            }
        }
        // What has left is part of the day's LOX: a supplier's loxTons in a re-plan is the day's total, not what is left.
        dispatchedTons.forEach((supplierId, tons) -> {
            Problem.Supplier supplier = suppliers.get(supplierId);
            if (supplier != null && tons > supplier.loxTonsOrZero() + 1e-9) {
                issues.add(ProblemIssue.error("$.baseline.tankerTrips[" + firstDispatched.get(supplierId) + "]", null,
                        Phrase.of("issue.baseline.dispatchedOverSupply", supplierId, tons, supplier.loxTonsOrZero())));
            }
        });
        List<Problem.BaselineRefill> refills = problem.baseline().refillsOrEmpty();
        for (int r = 0; r < refills.size(); r++) {
            Problem.BaselineRefill refill = refills.get(r);
            String path = "$.baseline.refills[" + r + "]";
            if (!hospitals.contains(refill.hospitalId())) {
                issues.add(ProblemIssue.error(path + ".hospitalId", refill.hospitalId(), Phrase.of("issue.baseline.noHospital")));
            }
            if (!suppliers.containsKey(refill.stationId())) {
                issues.add(ProblemIssue.error(path + ".stationId", refill.stationId(), Phrase.of("issue.baseline.noSupplier")));
            }
            if (refill.postId() != null && (!posts.containsKey(refill.postId())
                    || !posts.get(refill.postId()).stationId().equals(refill.stationId()))) {
                issues.add(ProblemIssue.error(path + ".postId", refill.postId(), Phrase.of("issue.baseline.noPost", refill.stationId())));
            }
        }
    }

    private static void checkSettings(Problem.Settings settings, Collection<String> constraintNames,
            List<ProblemIssue> issues) {
        if (TimeLimits.parse(settings.timeLimit()).isZero()) {
            issues.add(ProblemIssue.error("$.settings.timeLimit", settings.timeLimit(), Phrase.of("issue.timeLimit")));
        }
        for (Map.Entry<String, Long> weight : settings.constraintWeights().entrySet()) {
            String path = "$.settings.constraintWeights[\"" + weight.getKey() + "\"]";
            if (!constraintNames.contains(weight.getKey())) {
                issues.add(ProblemIssue.error(path, weight.getKey(),
                        Phrase.of("issue.unknownConstraint", String.join(", ", new TreeSet<>(constraintNames)))));
            } else if (weight.getValue() == null || weight.getValue() < 0 || weight.getValue() > MAX_CONSTRAINT_WEIGHT) {
                issues.add(ProblemIssue.error(path, weight.getValue(),
                        Phrase.of("issue.weight", MAX_CONSTRAINT_WEIGHT)));
            }
        }
    }
}
