package org.oxyalloc.api.quota;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.oxyalloc.api.plan.HospitalExplanation;
import org.oxyalloc.api.plan.PlanRecord;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.plan.PublishedPlans;
import org.oxyalloc.api.web.NotFoundException;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.text.Phrase;
import org.springframework.stereotype.Service;

/** A hospital's quotas from the published plans, for the API and the hospital's page alike. */
@Service
class HospitalQuotas {

    /** A hospital's quota for a day, with why, from the plan published for that day. */
    record HospitalQuota(long planId, String region, LocalDate date, OffsetDateTime publishedAt,
            HospitalExplanation quota) {
    }

    /** How many days back the history looks for days with a published plan. */
    private static final int DAYS_SEARCHED = 60;

    private final PlanRepository plans;
    private final PublishedPlans published;

    HospitalQuotas(PlanRepository plans, PublishedPlans published) {
        this.plans = plans;
        this.published = published;
    }

    HospitalQuota quota(String hospitalId, LocalDate date) {
        return find(hospitalId, date)
                .orElseThrow(() -> new NotFoundException(Phrase.of("notFound.publishedQuota", date.toString(), hospitalId)));
    }

    Optional<HospitalQuota> find(String hospitalId, LocalDate date) {
        for (PlanRecord record : plans.published(date, null)) {
            Plan plan = published.plan(record.id());
            if (plan.hospitals().stream().anyMatch(h -> h.id().equals(hospitalId))) {
                return Optional.of(new HospitalQuota(record.id(), record.region(), record.planDate(),
                        record.publishedAt(), HospitalExplanation.of(plan, hospitalId)));
            }
        }
        return Optional.empty();
    }

    /** The hospital's quotas of the latest days up to {@code upTo} that have one, latest first. */
    List<HospitalQuota> recent(String hospitalId, LocalDate upTo, int days) {
        List<HospitalQuota> recent = new ArrayList<>();
        for (LocalDate date : plans.publishedDays(upTo, DAYS_SEARCHED)) {
            find(hospitalId, date).ifPresent(recent::add);
            if (recent.size() == days) {
                break;
            }
        }
        return recent;
    }
}
