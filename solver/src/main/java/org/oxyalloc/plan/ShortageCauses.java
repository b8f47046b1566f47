package org.oxyalloc.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.oxyalloc.domain.CollectionPost;
import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.RefillBatch;
import org.oxyalloc.domain.RefillRoute;
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.plan.PlanReporter.PostUse;
import org.oxyalloc.plan.PlanReporter.SupplierUse;
import org.oxyalloc.text.Phrase;
import org.oxyalloc.travel.Leg;

/**
 * Why a hospital is left short, in words a task force can act on: first what no supplier could change (a request
 * larger than its tank's space or its empty cylinders), then for each supplier, station or post that could have
 * served it, what stopped it (out of reach, not medical grade, reserved for others, nothing left, its tankers out of
 * hours, its quota used), nearest first; and when something was still left within reach, that the plan chose to spend
 * it elsewhere. Also why oxygen reserved for a group is left unused.
 */
final class ShortageCauses {

    /** At most this many suppliers or routes named, nearest first: the rest are farther and say the same. */
    private static final int MOST_NAMED = 4;

    private final OxygenAllocation solved;
    private final PlanReporter.Deliveries deliveries;
    private final Map<Supplier, SupplierUse> supplierUse;
    private final Map<CollectionPost, PostUse> postUse;
    private final TankerDays tankerDays;
    private final double maxTravelHours;
    private final long smallestLotKg;
    private final int smallestBatch;

    ShortageCauses(OxygenAllocation solved, PlanReporter.Deliveries deliveries, Map<Supplier, SupplierUse> supplierUse,
            Map<CollectionPost, PostUse> postUse, TankerDays tankerDays) {
        this.solved = solved;
        this.tankerDays = tankerDays;
        this.deliveries = deliveries;
        this.supplierUse = supplierUse;
        this.postUse = postUse;
        this.maxTravelHours = solved.getRules().maxTravelHours();
        this.smallestLotKg = solved.getLoxLots().stream().mapToLong(LoxLot::getKg).min().orElse(1);
        this.smallestBatch = solved.getRefillBatches().stream().mapToInt(RefillBatch::getCylinders).min().orElse(1);
    }

    /** Why the hospital gets less LOX than it asked for; empty when it is not short of LOX. */
    List<Phrase> lox(Hospital hospital, long shortKg) {
        if (shortKg <= 0) {
            return List.of();
        }
        List<Phrase> causes = new ArrayList<>();
        long beyondTankKg = hospital.getLoxRequestKg() - (hospital.getTankCapacityKg() - hospital.getLoxStockKg());
        if (beyondTankKg > 0) {
            causes.add(Phrase.of("cause.lox.tankFull", Oxygen.kgToTons(hospital.getTankCapacityKg() - hospital.getLoxStockKg()),
                    Oxygen.kgToTons(hospital.getTankCapacityKg()), Oxygen.kgToTons(hospital.getLoxStockKg()),
                    Oxygen.kgToTons(hospital.getLoxRequestKg()), Oxygen.kgToTons(beyondTankKg)));
            if (shortKg <= beyondTankKg) {
                return causes;
            }
        }
        List<Supplier> withLox = solved.getSuppliers().stream().filter(Supplier::deliversLox)
                .sorted(Comparator.comparingDouble(supplier -> hospital.legFrom(supplier).hours())).toList();
        if (withLox.isEmpty()) {
            causes.add(Phrase.of("cause.lox.noSupplier"));
            return causes;
        }
        // What is left at a supplier below the hospital's smallest lot cannot go to it: plans move whole lots.
        long smallestLot = solved.getLoxLots().stream().filter(lot -> lot.getHospital() == hospital)
                .mapToLong(LoxLot::getKg).min().orElse(smallestLotKg);
        boolean spareInReach = false;
        for (Supplier supplier : withLox.subList(0, Math.min(MOST_NAMED, withLox.size()))) {
            Leg leg = hospital.legFrom(supplier);
            SupplierUse use = supplierUse.getOrDefault(supplier, new SupplierUse());
            long leftKg = supplier.getLoxKg() - use.loxKg;
            long minutesLeft = tankerDays.mostDrivingLeft(supplier);
            String name = supplier.getName();
            if (!leg.isReachable() || leg.hours() > maxTravelHours) {
                causes.add(outOfReach(name, leg));
            } else if (!supplier.isMedicalGrade()) {
                causes.add(Phrase.of("cause.notMedical", name));
            } else if (!supplier.mayServe(hospital)) {
                causes.add(Phrase.of("cause.lox.reserved", name, groups(supplier)));
            } else if (leftKg <= 0) {
                causes.add(Phrase.of("cause.lox.empty", name, Oxygen.kgToTons(supplier.getLoxKg())));
            } else if (leftKg < smallestLot) {
                causes.add(Phrase.of("cause.lox.lessThanALot", name, Oxygen.kgToTons(leftKg), Oxygen.kgToTons(smallestLot)));
            } else if (!tankerDays.hasHoursFor(supplier, hospital)) {
                causes.add(Phrase.of("cause.lox.outOfHours", name, supplier.roundTripMinutes(hospital) / 60.0,
                        handlingHours(supplier), minutesLeft / 60.0, tankerDays.mostWorkingLeft(supplier) / 60.0,
                        Oxygen.kgToTons(leftKg)));
            } else {
                spareInReach = true;
                causes.add(Phrase.of("cause.lox.spare", name, leg.hours(), Oxygen.kgToTons(leftKg), minutesLeft / 60.0));
            }
        }
        if (spareInReach) {
            causes.add(Phrase.of("cause.lox.notWorthIt"));
        }
        return causes;
    }

    /** Why the hospital gets fewer refills than it asked for; empty when it is not short of cylinders. */
    List<Phrase> cylinders(Hospital hospital, int shortCylinders, Map<RefillRoute, Integer> refilledByRoute) {
        if (shortCylinders <= 0) {
            return List.of();
        }
        List<Phrase> causes = new ArrayList<>();
        int beyondEmpties = hospital.getCylinderRequest() - hospital.getEmptyCylinders();
        if (beyondEmpties > 0) {
            causes.add(Phrase.of("cause.cylinders.fewEmpties", hospital.getEmptyCylinders(), hospital.getCylinderRequest(),
                    beyondEmpties));
            if (shortCylinders <= beyondEmpties) {
                return causes;
            }
        }
        List<RefillRoute> routes = solved.getRefillRoutes().stream().filter(route -> route.getStation().getRefillCylinders() > 0)
                .sorted(Comparator.comparingDouble(route -> route.legFrom(hospital).hours())).toList();
        if (routes.isEmpty()) {
            causes.add(Phrase.of("cause.cylinders.noStation"));
            return causes;
        }
        boolean spareInReach = false;
        for (RefillRoute route : routes.subList(0, Math.min(MOST_NAMED, routes.size()))) {
            Leg leg = route.legFrom(hospital);
            Supplier station = route.getStation();
            CollectionPost post = route.getPost();
            Object name = post == null ? station.getName()
                    : Phrase.of("cause.cylinders.viaPost", post.getName(), station.getName());
            int stationLeft = station.getRefillCylinders() - supplierUse.getOrDefault(station, new SupplierUse()).cylinders;
            int postLeft = post == null ? Integer.MAX_VALUE : post.getCapacityPerDay() - postUse.getOrDefault(post, new PostUse()).cylinders;
            if (!leg.isReachable() || leg.hours() > maxTravelHours) {
                causes.add(outOfReach(name, leg));
            } else if (!station.isMedicalGrade()) {
                causes.add(Phrase.of("cause.notMedical", station.getName()));
            } else if (!station.mayServe(hospital)) {
                causes.add(Phrase.of("cause.cylinders.reserved", station.getName(), groups(station)));
            } else if (stationLeft <= 0) {
                causes.add(Phrase.of("cause.cylinders.noSlots", station.getName(), station.getRefillCylinders()));
            } else if (postLeft <= 0) {
                causes.add(Phrase.of("cause.cylinders.trucksFull", post.getName(), post.getCapacityPerDay()));
            } else if (post != null && refilledByRoute.getOrDefault(route, 0) >= post.getQuotaPerHospitalPerDay()) {
                causes.add(Phrase.of("cause.cylinders.postQuota", post.getName(), post.getQuotaPerHospitalPerDay()));
            } else {
                spareInReach = true;
                causes.add(Phrase.of("cause.cylinders.spare", name, leg.hours(), Math.min(stationLeft, postLeft)));
            }
        }
        if (spareInReach) {
            causes.add(Phrase.of("cause.cylinders.notWorthIt"));
        }
        return causes;
    }

    /** A supplier or route beyond the maximum travel time, or with no road at all. */
    private Phrase outOfReach(Object name, Leg leg) {
        return leg.isReachable() ? Phrase.of("cause.outOfReach", name, leg.hours(), maxTravelHours)
                : Phrase.of("cause.noRoad", name, maxTravelHours);
    }

    private static String groups(Supplier supplier) {
        return String.join(", ", supplier.getReservedForGroups().stream().sorted().toList());
    }

    /**
     * Why oxygen a supplier keeps for a group (a donation for the regional hospital association, say) is left: no
     * hospital of the group in the problem, none within reach, those within reach need no more, or its tankers are
     * out of hours for them; else the plan spent the group's shortage elsewhere. Empty when nothing reserved is left.
     */
    Optional<Phrase> unusedReserve(Supplier supplier) {
        SupplierUse use = supplierUse.getOrDefault(supplier, new SupplierUse());
        // Less than the smallest lot or batch is what whole lots and batches leave, not a reserve left unused.
        long loxLeftKg = supplier.deliversLox() ? supplier.getLoxKg() - use.loxKg : 0;
        long leftKg = loxLeftKg < smallestLotKg ? 0 : loxLeftKg;
        int refillsLeft = supplier.getRefillCylinders() - use.cylinders;
        int leftRefills = refillsLeft < smallestBatch ? 0 : refillsLeft;
        if (supplier.getReservedForGroups().isEmpty() || (leftKg <= 0 && leftRefills <= 0)) {
            return Optional.empty();
        }
        String groups = String.join(", ", supplier.getReservedForGroups().stream().sorted().toList());
        Phrase left = leftKg > 0 && leftRefills > 0 ? Phrase.of("reserve.loxAndRefills", Oxygen.kgToTons(leftKg), leftRefills)
                : leftKg > 0 ? Phrase.of("reserve.lox", Oxygen.kgToTons(leftKg))
                : Phrase.of("reserve.refills", leftRefills);
        List<Hospital> members = solved.getHospitals().stream().filter(supplier::mayServe).toList();
        List<Hospital> inReach = members.stream()
                .filter(h -> h.legFrom(supplier).isReachable() && h.legFrom(supplier).hours() <= maxTravelHours).toList();
        List<Hospital> stillShort = inReach.stream().filter(h -> (leftKg > 0 && loxShortKg(h) > 0)
                || (leftRefills > 0 && cylindersShort(h) > 0)).toList();
        Phrase cause;
        if (members.isEmpty()) {
            cause = Phrase.of("reserve.noMember");
        } else if (inReach.isEmpty()) {
            cause = Phrase.of("reserve.outOfReach", members.size(), maxTravelHours);
        } else if (stillShort.isEmpty()) {
            cause = Phrase.of("reserve.noNeed", inReach.size());
        } else if (leftKg > 0 && stillShort.stream().noneMatch(h -> tankerDays.hasHoursFor(supplier, h))) {
            cause = Phrase.of("reserve.outOfHours");
        } else {
            cause = Phrase.of("reserve.stillShort", stillShort.size());
        }
        return Optional.of(Phrase.of("reserve.unused", left, groups, cause));
    }

    /** Loading and one drop, as the supplier's first tanker takes them. */
    private static double handlingHours(Supplier supplier) {
        return supplier.getTankers().get(0).handlingMinutes(1) / 60.0;
    }

    private long loxShortKg(Hospital hospital) {
        long received = deliveries.loxKg(hospital).values().stream().mapToLong(Long::longValue).sum();
        return hospital.getLoxRequestKg() - received;
    }

    private int cylindersShort(Hospital hospital) {
        int refilled = deliveries.cylinders(hospital).values().stream().mapToInt(Integer::intValue).sum();
        return hospital.getCylinderRequest() - refilled;
    }
}
