package org.oxyalloc.api.delivery;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.plan.PlanViews;
import org.oxyalloc.api.spreadsheet.Workbooks;
import org.oxyalloc.api.user.AccountDetails;
import org.oxyalloc.api.web.InvalidRequestException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deliveries recorded against published plans, their confirmation, planned against delivered, and the next day. */
@RestController
@Tag(name = "deliveries", description = "What was delivered, planned against delivered, and copying a day into the next")
class DeliveryController {

    private final DeliveryService deliveries;
    private final NextDayService nextDay;
    private final PlanRepository plans;

    DeliveryController(DeliveryService deliveries, NextDayService nextDay, PlanRepository plans) {
        this.deliveries = deliveries;
        this.nextDay = nextDay;
        this.plans = plans;
    }

    @Operation(summary = "A plan's planned deliveries (tanker stops, refills) with what was recorded for each; a supplier "
            + "or hospital user sees only its own")
    @GetMapping("/api/plans/{id}/deliveries")
    DeliveryService.PlanDeliveries list(@PathVariable long id, @AuthenticationPrincipal AccountDetails user) {
        return deliveries.deliveries(id, user);
    }

    @Operation(summary = "Record a delivery of a published plan (201): a tanker stop's LOX or a hospital's refills; a "
            + "variance reason where it differs from the plan. A supplier user records only its own")
    @PostMapping("/api/plans/{id}/deliveries")
    ResponseEntity<Delivery> record(@PathVariable long id, @RequestBody DeliveryService.NewDelivery request,
            @AuthenticationPrincipal AccountDetails user) {
        Delivery delivery = deliveries.record(id, request, user);
        return ResponseEntity.created(URI.create("/api/plans/" + id + "/deliveries")).body(delivery);
    }

    @Operation(summary = "Confirm receipt of a delivery: the hospital's own, or staff for it")
    @PostMapping("/api/deliveries/{deliveryId}/confirmation")
    Delivery confirm(@PathVariable long deliveryId, @AuthenticationPrincipal AccountDetails user) {
        return deliveries.confirm(deliveryId, user);
    }

    @Operation(summary = "Planned (by this plan) against delivered (on any plan of its day and region), per hospital "
            + "and per supplier; format=csv or xlsx for a spreadsheet")
    @GetMapping("/api/plans/{id}/deliveries/report")
    ResponseEntity<?> report(@PathVariable long id, @RequestParam(required = false) String format) {
        return answer(deliveries.report(id), format);
    }

    @Operation(summary = "Planned against delivered for a day and region, from its published plan; format=csv or xlsx")
    @GetMapping("/api/deliveries")
    ResponseEntity<?> dayReport(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam String region, @RequestParam(required = false) String format) {
        return answer(deliveries.report(date, region), format);
    }

    @Operation(summary = "Copy a published day into the next (201): a new plan, not solved, with each hospital's stock "
            + "carried over from the plan and the recorded deliveries, every carried number marked and warned of")
    @PostMapping("/api/plans/{id}/next-day")
    ResponseEntity<PlanViews.Submitted> copyIntoNextDay(@PathVariable long id) {
        return PlanViews.Submitted.created(plans.get(nextDay.copy(id, LocaleContextHolder.getLocale())));
    }

    private static ResponseEntity<?> answer(DeliveryReport report, String format) {
        if (format == null) {
            return ResponseEntity.ok(report);
        }
        String name = "deliveries-" + report.date() + "-plan-" + report.planId();
        return switch (format) {
            case "csv" -> ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name + ".csv"))
                    .body(report.csv().getBytes(StandardCharsets.UTF_8));
            case "xlsx" -> ResponseEntity.ok().contentType(MediaType.parseMediaType(Workbooks.MEDIA_TYPE))
                    .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name + ".xlsx")).body(report.xlsx());
            default -> throw InvalidRequestException.of("format", format, "expected csv or xlsx, or no format for JSON");
        };
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }
}
