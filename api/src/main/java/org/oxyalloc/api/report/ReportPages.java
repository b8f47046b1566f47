package org.oxyalloc.api.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.oxyalloc.api.page.PageController;
import org.oxyalloc.api.user.AccountDetails;
import org.oxyalloc.api.web.FieldError;
import org.oxyalloc.api.web.InvalidRequestException;
import org.oxyalloc.text.Phrase;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The morning report form of a hospital's page: the hospital's user, or staff for a hospital that phoned. */
@PageController
class ReportPages {

    private final ReportService reports;

    ReportPages(ReportService reports) {
        this.reports = reports;
    }

    /** Back to the hospital's page of that day, with the report recorded or every wrong field in the reader's language. */
    @PostMapping("/hospitals/{hospitalId}/reports")
    String report(@PathVariable String hospitalId, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal AccountDetails user, Locale locale, RedirectAttributes flash) {
        List<FieldError> errors = new ArrayList<>();
        ReportService.NewReport request = new ReportService.NewReport(form.get("date"), form.get("region"), hospitalId,
                tons(form, "loxStockTons", errors), count(form, "occupiedBeds", errors),
                count(form, "occupiedIcuBeds", errors), count(form, "emptyCylinders", errors),
                count(form, "fullCylinders", errors), tons(form, "loxNeedTonsPerDay", errors));
        if (errors.isEmpty()) {
            try {
                reports.record(request, user);
                flash.addFlashAttribute("reported", true);
            } catch (InvalidRequestException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            flash.addFlashAttribute("reportErrors", errors.stream().map(error -> error.sentence(locale)).toList());
            flash.addFlashAttribute("reportForm", form);
        }
        flash.addAttribute("date", form.get("date"));
        return "redirect:/hospitals/{hospitalId}";
    }

    /** A number of tons as typed, with a decimal comma or point; absent when left empty. */
    private static Double tons(Map<String, String> form, String field, List<FieldError> errors) {
        String text = blankless(form.get(field));
        if (text == null) {
            return null;
        }
        try {
            return Double.valueOf(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(ReportService.error(field, text, Phrase.of("report.number")));
            return null;
        }
    }

    private static Integer count(Map<String, String> form, String field, List<FieldError> errors) {
        String text = blankless(form.get(field));
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errors.add(ReportService.error(field, text, Phrase.of("report.required")));
            return null;
        }
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
