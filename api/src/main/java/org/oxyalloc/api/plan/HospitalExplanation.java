package org.oxyalloc.api.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.oxyalloc.api.web.NotFoundException;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.text.Phrase;

/**
 * Why a hospital receives what it does: its quotas and refills, a summary in words, and every constraint match that
 * concerns it or the suppliers it draws from, with the justification.
 */
public record HospitalExplanation(Plan.HospitalPlan hospital, String summary, List<Reason> reasons) {

    /** One constraint match: which rule, on which level, its score, and why in words (and as a phrase). */
    public record Reason(String constraint, String level, String score, String supplierId, String description,
            Phrase sentence) {
    }

    public static HospitalExplanation of(Plan plan, String hospitalId) {
        Plan.HospitalPlan hospital = plan.hospitals().stream().filter(h -> h.id().equals(hospitalId)).findFirst()
                .orElseThrow(() -> new NotFoundException(Phrase.of("notFound.hospitalInPlan", hospitalId)));
        Set<String> suppliers = Stream.concat(hospital.quotas().stream().map(Plan.Quota::supplierId),
                hospital.refills().stream().map(Plan.Refill::stationId)).collect(Collectors.toSet());
        List<Reason> reasons = new ArrayList<>();
        for (Plan.ConstraintResult constraint : plan.analysis() == null ? List.<Plan.ConstraintResult>of() : plan.analysis()) {
            for (Plan.Match match : constraint.matches()) {
                boolean own = hospitalId.equals(match.hospitalId());
                boolean itsSupplier = match.hospitalId() == null && suppliers.contains(match.supplierId());
                if (own || itsSupplier) {
                    reasons.add(new Reason(constraint.name(), constraint.level(), match.score(), match.supplierId(),
                            match.description(), match.sentence()));
                }
            }
        }
        return new HospitalExplanation(hospital, summary(hospital), reasons);
    }

    private static String summary(Plan.HospitalPlan h) {
        StringBuilder text = new StringBuilder(h.name()).append(String.format(Locale.ROOT,
                " asked for %.3f t of liquid oxygen and %d cylinder refills. ", h.loxRequestTons(), h.cylinderRequest()));
        if (h.quotas().isEmpty()) {
            text.append("It receives no liquid oxygen. ");
        }
        for (Plan.Quota quota : h.quotas()) {
            text.append(String.format(Locale.ROOT, "It receives %.3f t from %s (%d tanker trip(s), %.1f km, %.1f h). ",
                    quota.tons(), quota.supplierName(), quota.trips(), quota.km(), quota.hours()));
        }
        for (Plan.Refill refill : h.refills()) {
            text.append(String.format(Locale.ROOT, "%d cylinders are refilled at %s%s. ", refill.cylinders(),
                    refill.stationName(), refill.postName() == null ? "" : " through " + refill.postName()));
        }
        text.append(String.format(Locale.ROOT, "Shortage: %.3f t of liquid oxygen and %d cylinders.",
                h.loxShortageTons(), h.cylinderShortage()));
        if (h.shortageCauses() != null) {
            text.append(" Why: ").append(String.join(" ", h.shortageCauses()));
        }
        return text.toString();
    }
}
