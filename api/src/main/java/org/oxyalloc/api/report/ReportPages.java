package org.oxyalloc.api.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.oxyalloc.api.page.PageController;
import org.oxyalloc.api.user.AccountDetails;
import org.oxyalloc.api.web.FieldError;
import org.oxyalloc.api.web.InvalidRequestException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The morning report form of a hospital's page: the hospital's user, or staff for a hospital that phoned. */
@PageController
class ReportPages {

    /** The report's fields, as the form names them. */
    private static final Set<String> FIELDS = Set.of("loxStockTons", "occupiedBeds", "occupiedIcuBeds", "emptyCylinders",
            "fullCylinders", "loxNeedTonsPerDay");

    private final ReportService reports;

    ReportPages(ReportService reports) {
        this.reports = reports;
    }

    /** Back to the hospital's page of that day, with the report recorded or every wrong field in the reader's language. */
    @PostMapping("/hospitals/{hospitalId}/reports")
    String report(@PathVariable String hospitalId, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal AccountDetails user, Locale locale, RedirectAttributes flash) {
        List<FieldError> unreadable = new ArrayList<>();
        ReportService.NewReport request = ReportService.fromForm(form, hospitalId, unreadable);
        try {
            reports.record(request, unreadable, user);
            flash.addFlashAttribute("reported", true);
        } catch (InvalidRequestException e) {
            flash.addFlashAttribute("reportErrors", e.errors().stream().map(error -> error.sentence(locale)).toList());
            flash.addFlashAttribute("reportForm", typed(form));
        }
        flash.addAttribute("date", form.get("date"));
        return "redirect:/hospitals/{hospitalId}";
    }

    /** What was typed in the report's fields, to show again; at most a field's worth of each. */
    private static Map<String, String> typed(Map<String, String> form) {
        Map<String, String> typed = new HashMap<>();
        form.forEach((field, value) -> {
            if (FIELDS.contains(field) && value != null) {
                typed.put(field, value.length() <= 50 ? value : value.substring(0, 50));
            }
        });
        return typed;
    }
}
