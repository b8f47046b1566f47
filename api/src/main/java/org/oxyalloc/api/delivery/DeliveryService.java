package org.oxyalloc.api.delivery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.oxyalloc.api.audit.AuditLog;
import org.oxyalloc.api.page.TaskForceTime;
import org.oxyalloc.api.plan.PlanRecord;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.plan.PlanStatus;
import org.oxyalloc.api.plan.PublishedPlans;
import org.oxyalloc.api.user.AccountDetails;
import org.oxyalloc.api.user.CurrentUser;
import org.oxyalloc.api.web.ConflictException;
import org.oxyalloc.api.web.FieldError;
import org.oxyalloc.api.web.InvalidRequestException;
import org.oxyalloc.api.web.NotFoundException;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.text.Phrase;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording deliveries against a published plan, confirming them, and planned against delivered. A supplier user
 * records only its own deliveries and sees only its own; a hospital user sees and confirms only its own.
 */
@Service
public class DeliveryService {

    /**
     * A delivery to record.
     *
     * @param kind LOX or REFILL
     * @param supplierId the LOX supplier, or the station that refilled
     * @param tankerId and {@code trip}: which of the supplier's tanker trips, for LOX
     * @param delivered tons of LOX, or cylinders, that arrived
     * @param deliveredAt when, ISO 8601 with an offset (2021-07-26T10:30+07:00) or without (the task force's time)
     * @param variance why it differs from the plan: required when the amount does
     * @param note more words; required with the variance OTHER
     */
    public record NewDelivery(String kind, String supplierId, String hospitalId, String tankerId, Integer trip,
            Double delivered, String deliveredAt, String receivedBy, String variance, String note) {
    }

    /** A planned delivery and what was recorded for it, if anything yet. */
    public record Line(PlannedDelivery planned, Delivery recorded) {
    }

    /** A plan's planned deliveries with what was recorded, as far as the user may see them. */
    public record PlanDeliveries(long planId, String region, LocalDate date, PlanStatus status, boolean recordable,
            List<Line> lines) {
    }

    /** A LOX delivery within a kg of the plan is as planned. */
    private static final long TOLERANCE_KG = 1;
    private static final double MAX_LOX_TONS = 100;
    private static final int MAX_CYLINDERS = 100_000;

    private final PlanRepository plans;
    private final PublishedPlans published;
    private final DeliveryRepository deliveries;
    private final TaskForceTime time;
    private final AuditLog audit;

    DeliveryService(PlanRepository plans, PublishedPlans published, DeliveryRepository deliveries, TaskForceTime time,
            AuditLog audit) {
        this.plans = plans;
        this.published = published;
        this.deliveries = deliveries;
        this.time = time;
        this.audit = audit;
    }

    /**
     * Records a delivery; every error of the request at once (400), nothing stored on any. A planned delivery is
     * recorded once for its day: a re-plan keeps a dispatched trip's tanker and number, so its stop recorded on the
     * plan the re-plan superseded is recorded.
     */
    @Transactional
    public Delivery record(long planId, NewDelivery given, AccountDetails user) {
        PlanRecord plan = plans.get(planId);
        PublishedPlans.requireVisible(plan, user);
        if (!plan.status().wasPublished()) {
            throw new ConflictException(Phrase.of("conflict.notDelivering", planId, plan.status().phrase()));
        }
        NewDelivery request = stripped(given);
        List<FieldError> errors = new ArrayList<>();
        DeliveryKind kind = parse(DeliveryKind.class, "kind", request.kind(), true, errors);
        requireText("supplierId", request.supplierId(), 64, errors);
        requireText("hospitalId", request.hospitalId(), 64, errors);
        if (request.supplierId() != null) {
            user.requireOwnSupplier(request.supplierId());
        }
        PlannedDelivery planned = kind == null || request.supplierId() == null || request.hospitalId() == null ? null
                : planned(published.plan(plan.id()), kind, request, errors);
        Double delivered = request.delivered();
        if (delivered == null || !Double.isFinite(delivered) || delivered < 0
                || delivered > (kind == DeliveryKind.REFILL ? MAX_CYLINDERS : MAX_LOX_TONS)
                || kind == DeliveryKind.REFILL && delivered != Math.rint(delivered)) {
            errors.add(error("delivered", delivered, kind == DeliveryKind.REFILL
                    ? Phrase.of("delivery.cylinders", MAX_CYLINDERS) : Phrase.of("delivery.tons", MAX_LOX_TONS)));
        }
        OffsetDateTime at = deliveredAt(request.deliveredAt(), plan.planDate(), errors);
        requireText("receivedBy", request.receivedBy(), 200, errors);
        Variance variance = parse(Variance.class, "variance", request.variance(), false, errors);
        String note = request.note();
        if (note != null) {
            requireText("note", note, 1000, errors);
        }
        if (variance == Variance.OTHER && note == null) {
            errors.add(error("note", null, Phrase.of("delivery.noteForOther")));
        }
        if (planned != null && delivered != null && request.variance() == null && differs(kind, delivered, planned.planned())) {
            errors.add(error("variance", null, Phrase.of("delivery.varianceNeeded", planned.planned(),
                    Arrays.stream(Variance.values()).map(Enum::name).collect(Collectors.joining(", ")))));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.get(0).message(), errors);
        }
        Optional<Delivery> earlier = deliveries.ofDay(plan.planDate(), plan.region(), planned.key());
        if (earlier.isPresent()) {
            throw new ConflictException(Phrase.of("conflict.deliveryRecorded", earlier.get().id()));
        }
        Delivery delivery = new Delivery(0, planId, planned.key(), kind, planned.supplierId(), planned.hospitalId(),
                planned.tankerId(), planned.trip(), planned.planned(), delivered, at, request.receivedBy(), variance, note,
                OffsetDateTime.now(ZoneOffset.UTC), CurrentUser.name(), null, null);
        long id;
        try {
            id = deliveries.insert(delivery, plan.planDate(), plan.region());
        } catch (DuplicateKeyException e) {
            throw new ConflictException(Phrase.of("conflict.deliveryRecordedMeanwhile"));
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("deliveryId", id);
        detail.put("planned", planned.key());
        detail.put("delivered", delivered);
        if (variance != null) {
            detail.put("variance", variance);
        }
        audit.record(planId, "delivery-recorded", detail);
        return deliveries.find(id).orElseThrow();
    }

    /** LOX to the kg (a kg either way is as planned), cylinders exactly. */
    private static boolean differs(DeliveryKind kind, double delivered, double planned) {
        return kind == DeliveryKind.LOX
                ? Math.abs(Math.round(delivered * 1000) - Math.round(planned * 1000)) > TOLERANCE_KG
                : delivered != planned;
    }

    /** The request with its texts stripped, and blank ones absent: " PT-PUSRI " is PT-PUSRI. */
    private static NewDelivery stripped(NewDelivery d) {
        return new NewDelivery(strip(d.kind()), strip(d.supplierId()), strip(d.hospitalId()), strip(d.tankerId()),
                d.trip(), d.delivered(), strip(d.deliveredAt()), strip(d.receivedBy()), strip(d.variance()), strip(d.note()));
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Delivery get(long deliveryId) {
        return deliveries.find(deliveryId).orElseThrow(() -> new NotFoundException(Phrase.of("notFound.delivery", deliveryId)));
    }

    /** A hospital confirms it received a delivery; staff may confirm for it (a phone call). */
    @Transactional
    public Delivery confirm(long deliveryId, AccountDetails user) {
        Delivery delivery = get(deliveryId);
        user.requireOwnHospital(delivery.hospitalId());
        if (delivery.confirmedAt() != null || !deliveries.confirm(deliveryId, OffsetDateTime.now(ZoneOffset.UTC),
                CurrentUser.name())) {
            Delivery confirmed = deliveries.find(deliveryId).orElseThrow();
            throw new ConflictException(Phrase.of("conflict.deliveryConfirmed", deliveryId, confirmed.confirmedBy()));
        }
        audit.record(delivery.planId(), "delivery-confirmed", Map.of("deliveryId", deliveryId));
        return deliveries.find(deliveryId).orElseThrow();
    }

    /** A plan's planned deliveries and what was recorded; a supplier or hospital user sees only its own. */
    public PlanDeliveries deliveries(long planId, AccountDetails user) {
        PlanRecord plan = plans.get(planId);
        PublishedPlans.requireVisible(plan, user);
        // Recorded on this plan or on one of its day that a re-plan superseded: the same stop of the same trip.
        Map<String, Delivery> recorded = deliveries.ofDay(plan.planDate(), plan.region()).stream()
                .collect(Collectors.toMap(Delivery::plannedKey, Function.identity(), (first, later) -> first));
        List<Line> lines = PlannedDelivery.of(published.plan(plan.id())).stream()
                .filter(p -> user.supplierId() == null || user.supplierId().equals(p.supplierId()))
                .filter(p -> user.hospitalId() == null || user.hospitalId().equals(p.hospitalId()))
                .map(p -> new Line(p, recorded.get(p.key()))).toList();
        return new PlanDeliveries(planId, plan.region(), plan.planDate(), plan.status(), plan.status().wasPublished(),
                lines);
    }

    /** The deliveries a hospital can confirm on its page: those of the day's plans, its own. */
    public List<Delivery> ofHospital(LocalDate date, String region, String hospitalId) {
        return deliveries.ofDay(date, region).stream().filter(d -> d.hospitalId().equals(hospitalId)).toList();
    }

    /** Planned (by this plan) against delivered (on any plan of its day and region), per hospital and per supplier. */
    public DeliveryReport report(long planId) {
        PlanRecord plan = plans.get(planId);
        return DeliveryReport.of(planId, published.plan(plan.id()), deliveries.ofDay(plan.planDate(), plan.region()));
    }

    /** The report of the plan published for a day and region. */
    public DeliveryReport report(LocalDate date, String region) {
        PlanRecord published = plans.published(date, region).stream().findFirst()
                .orElseThrow(() -> new NotFoundException(Phrase.of("notFound.publishedPlan", date.toString(), region)));
        return report(published.id());
    }

    /**
     * The tanker trips of a plan that have delivered, by its recorded deliveries of the day: "supplierId/tankerId#trip",
     * as a re-plan names the trips it keeps as dispatched.
     */
    public Set<String> deliveredTrips(PlanRecord plan) {
        Set<String> trips = new LinkedHashSet<>();
        for (Delivery d : deliveries.ofDay(plan.planDate(), plan.region())) {
            if (d.kind() == DeliveryKind.LOX) {
                trips.add(d.supplierId() + "/" + d.tankerId() + "#" + d.tripNumber());
            }
        }
        return trips;
    }

    /** Every recorded delivery of a plan's day and region, for tomorrow's problem. */
    List<Delivery> ofDay(PlanRecord plan) {
        return deliveries.ofDay(plan.planDate(), plan.region());
    }

    private static PlannedDelivery planned(Plan plan, DeliveryKind kind, NewDelivery request, List<FieldError> errors) {
        List<PlannedDelivery> candidates = PlannedDelivery.of(plan).stream()
                .filter(p -> p.kind() == kind && p.supplierId().equals(request.supplierId())
                        && p.hospitalId().equals(request.hospitalId())).toList();
        if (candidates.isEmpty()) {
            boolean supplierDelivers = PlannedDelivery.of(plan).stream()
                    .anyMatch(p -> p.kind() == kind && p.supplierId().equals(request.supplierId()));
            String field = supplierDelivers ? "hospitalId" : "supplierId";
            errors.add(error(field, supplierDelivers ? request.hospitalId() : request.supplierId(), Phrase.of(
                    kind == DeliveryKind.LOX ? "delivery.noLoxPlanned" : "delivery.noRefillPlanned", request.supplierId())));
            return null;
        }
        if (kind == DeliveryKind.REFILL) {
            return candidates.get(0);
        }
        String trips = candidates.stream().map(p -> p.tankerId() + " #" + p.trip()).collect(Collectors.joining(", "));
        Optional<PlannedDelivery> stop = candidates.stream().filter(p -> p.tankerId().equals(request.tankerId())
                && p.trip().equals(request.trip())).findFirst();
        if (stop.isEmpty()) {
            boolean tankerStops = candidates.stream().anyMatch(p -> p.tankerId().equals(request.tankerId()));
            errors.add(tankerStops ? error("trip", request.trip(), Phrase.of("delivery.trip", trips))
                    : error("tankerId", request.tankerId(), Phrase.of("delivery.trip", trips)));
        }
        return stop.orElse(null);
    }

    private OffsetDateTime deliveredAt(String text, LocalDate planDate, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(error("deliveredAt", null, Phrase.of("delivery.at", planDate.toString())));
            return null;
        }
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                at = LocalDateTime.parse(text.strip()).atZone(time.zone()).toOffsetDateTime();
            } catch (DateTimeParseException again) {
                errors.add(error("deliveredAt", text, Phrase.of("delivery.at", planDate.toString())));
                return null;
            }
        }
        // A trip may return after midnight: the plan's day or the next, in the task force's time.
        LocalDate day = at.atZoneSameInstant(time.zone()).toLocalDate();
        if (day.isBefore(planDate) || day.isAfter(planDate.plusDays(1))) {
            errors.add(error("deliveredAt", text, Phrase.of("delivery.at", planDate.toString())));
            return null;
        }
        return at;
    }

    private static void requireText(String field, String text, int max, List<FieldError> errors) {
        if (text == null || text.length() > max
                || text.chars().anyMatch(c -> Character.isISOControl(c) || c >= 0x202A && c <= 0x202E)) {
            errors.add(error(field, text == null || text.length() > 80 ? null : text.replaceAll("\\p{Cc}", "?"),
                    Phrase.of("delivery.text", max)));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String text, boolean required,
            List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(error(field, null, Phrase.of("delivery.oneOf", names(type))));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            errors.add(error(field, text, Phrase.of("delivery.oneOf", names(type))));
            return null;
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** An error of one field, its place named as the form names it. */
    private static FieldError error(String path, Object value, Phrase text) {
        return new FieldError(path, value == null ? null : String.valueOf(value), text.english(),
                Phrase.of("deliveryField." + path), text);
    }
}
