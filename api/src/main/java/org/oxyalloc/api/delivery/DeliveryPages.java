package org.oxyalloc.api.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.oxyalloc.api.page.PageController;
import org.oxyalloc.api.page.TaskForceTime;
import org.oxyalloc.api.plan.PlanRecord;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.plan.PublishedPlans;
import org.oxyalloc.api.user.AccountDetails;
import org.oxyalloc.api.user.CurrentUser;
import org.oxyalloc.api.user.Role;
import org.oxyalloc.api.web.ConflictException;
import org.oxyalloc.api.web.InvalidRequestException;
import org.oxyalloc.api.web.NotFoundException;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.text.Phrase;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The deliveries page of a plan (each planned tanker stop and refill, a form to record it, planned against
 * delivered), a supplier's own page, a hospital's confirmation, and copying a published day into the next.
 */
@PageController
class DeliveryPages {

    private final DeliveryService deliveries;
    private final NextDayService nextDay;
    private final PlanRepository plans;
    private final PublishedPlans published;
    private final TaskForceTime time;

    DeliveryPages(DeliveryService deliveries, NextDayService nextDay, PlanRepository plans, PublishedPlans published,
            TaskForceTime time) {
        this.deliveries = deliveries;
        this.nextDay = nextDay;
        this.plans = plans;
        this.published = published;
        this.time = time;
    }

    @GetMapping("/plans/{id}/deliveries")
    String deliveries(@PathVariable long id, @AuthenticationPrincipal AccountDetails user, Model model) {
        DeliveryService.PlanDeliveries lines = deliveries.deliveries(id, user);
        model.addAttribute("deliveries", lines);
        model.addAttribute("variances", Variance.values());
        model.addAttribute("mayRecord", lines.recordable() && CurrentUser.hasRole(Role.ADMIN, Role.STAFF, Role.SUPPLIER));
        if (user.supplierId() == null) {
            model.addAttribute("report", deliveries.report(id));
        }
        return "deliveries";
    }

    /** One planned delivery's form: what arrived, when, who took it, and why it differs if it does. */
    @PostMapping("/plans/{id}/deliveries")
    String record(@PathVariable long id, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal AccountDetails user, Locale locale, RedirectAttributes page) {
        String key = form.getOrDefault("key", "");
        PlannedDelivery planned = deliveries.deliveries(id, user).lines().stream().map(DeliveryService.Line::planned)
                .filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException(Phrase.of("notFound.plannedDelivery", key, id)));
        List<String> errors = new ArrayList<>();
        // A number field: the browser sends it with a decimal point whatever the reader's language.
        String amount = form.getOrDefault("delivered", "").strip();
        Optional<BigDecimal> delivered = amount.matches("[0-9]{1,9}(\\.[0-9]{1,6})?")
                ? Optional.of(new BigDecimal(amount)) : Optional.empty();
        if (delivered.isEmpty()) {
            errors.add(Phrase.of("deliveryField.delivered").text(locale) + " \"" + amount + "\": "
                    + Phrase.of("delivery.number").text(locale));
        } else {
            try {
                deliveries.record(id, new DeliveryService.NewDelivery(planned.kind().name(), planned.supplierId(),
                        planned.hospitalId(), planned.tankerId(), planned.trip(), delivered.get().doubleValue(),
                        form.get("deliveredAt"), form.get("receivedBy"), form.get("variance"), form.get("note")), user);
                page.addFlashAttribute("recordedKey", key);
                return "redirect:/plans/" + id + "/deliveries";
            } catch (InvalidRequestException e) {
                e.errors().forEach(error -> errors.add(error.sentence(locale)));
            } catch (ConflictException e) {
                errors.add(e.message(locale));
            }
        }
        page.addFlashAttribute("errorKey", key);
        page.addFlashAttribute("deliveryErrors", errors);
        page.addFlashAttribute("deliveryForm", form);
        return "redirect:/plans/" + id + "/deliveries";
    }

    /** Back to the hospital's page of the delivery's day. */
    @PostMapping("/deliveries/{deliveryId}/confirmation")
    String confirm(@PathVariable long deliveryId, @AuthenticationPrincipal AccountDetails user, Locale locale,
            RedirectAttributes page) {
        Delivery delivery = deliveries.get(deliveryId);
        try {
            deliveries.confirm(deliveryId, user);
            page.addFlashAttribute("confirmed", deliveryId);
        } catch (ConflictException e) {
            page.addFlashAttribute("confirmError", e.message(locale));
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/hospitals/{id}")
                .queryParam("date", plans.getLight(delivery.planId()).planDate())
                .buildAndExpand(delivery.hospitalId()).encode().toUriString();
    }

    /** A supplier's day: the published plans it delivers in, with their dispatch sheets and deliveries. */
    @GetMapping("/suppliers/{supplierId}")
    String supplier(@PathVariable String supplierId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal AccountDetails user, Model model) {
        user.requireOwnSupplier(supplierId);
        LocalDate day = date == null ? time.today() : date;
        List<SupplierDay> days = new ArrayList<>();
        for (PlanRecord record : plans.published(day, null)) {
            published.plan(record.id()).suppliers().stream().filter(s -> s.id().equals(supplierId)).findFirst()
                    .ifPresent(s -> days.add(new SupplierDay(record, s)));
        }
        model.addAttribute("supplierId", supplierId);
        model.addAttribute("date", day);
        model.addAttribute("days", days);
        return "supplier";
    }

    /** A published plan in which the supplier delivers, and its part. */
    record SupplierDay(PlanRecord plan, Plan.SupplierPlan supplier) {
    }

    @PostMapping("/plans/{id}/next-day")
    String copyIntoNextDay(@PathVariable long id, Locale locale, RedirectAttributes page) {
        try {
            return "redirect:/plans/" + nextDay.copy(id, locale);
        } catch (ConflictException e) {
            page.addFlashAttribute("nextDayError", e.message(locale));
            return "redirect:/plans/" + id;
        } catch (InvalidRequestException e) {
            // The copy is stored as an invalid plan, its errors listed on its page (a day that no longer reads).
            return "redirect:/plans/" + e.properties().get("planId");
        }
    }
}
