package org.oxyalloc.api.report;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.oxyalloc.api.user.AccountDetails;
import org.oxyalloc.api.web.FieldError;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Hospitals' morning reports. */
@RestController
@Tag(name = "reports", description = "What hospitals report each morning: stock, occupancy, cylinders, their own need")
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @Operation(summary = "Report a hospital's morning numbers for a day and region (201); a hospital user reports only "
            + "its own. Refused whole, every wrong field named, where a number is out of range or contradicts the "
            + "hospital (stock above its tank, more occupied than beds)")
    @PostMapping("/api/reports/hospitals")
    ResponseEntity<HospitalReport> report(@RequestBody(required = false) JsonNode body,
            @AuthenticationPrincipal AccountDetails user) {
        // Read field by field, so that a number of the wrong kind is named like any other wrong field.
        List<FieldError> unreadable = new ArrayList<>();
        HospitalReport report = reports.record(ReportService.fromJson(body, unreadable), unreadable, user);
        return ResponseEntity.created(URI.create("/api/reports/hospitals?date=" + report.date() + "&region="
                + URLEncoder.encode(report.region(), StandardCharsets.UTF_8))).body(report);
    }

    @Operation(summary = "Each hospital's latest report of a day and region")
    @GetMapping("/api/reports/hospitals")
    List<HospitalReport> ofDay(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam String region) {
        return reports.ofDay(date, region);
    }
}
