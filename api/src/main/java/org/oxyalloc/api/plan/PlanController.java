package org.oxyalloc.api.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.oxyalloc.api.audit.AuditEvent;
import org.oxyalloc.api.audit.AuditLog;
import org.oxyalloc.api.spreadsheet.ProblemSheets;
import org.oxyalloc.api.spreadsheet.Workbooks;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemReader;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Submit, follow and explain plans. */
@RestController
@RequestMapping("/api/plans")
@Tag(name = "plans", description = "Submit, follow and explain the day's plans")
class PlanController {

    private final PlanService service;
    private final PlanRepository plans;
    private final PlanEvents events;
    private final AuditLog audit;
    private final ProblemReader reader;

    PlanController(PlanService service, PlanRepository plans, PlanEvents events, AuditLog audit, ProblemReader reader) {
        this.service = service;
        this.plans = plans;
        this.events = events;
        this.audit = audit;
        this.reader = reader;
    }

    @Operation(summary = "Submit a problem in the engine's JSON format",
            description = "202 with the plan's id; solve=false only stores it. An invalid problem is stored with status "
                    + "invalid and answered with 400 and every error.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanViews.Submitted> submit(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The day's problem (docs/problem-format.md)",
                    content = @Content(schema = @Schema(implementation = Problem.class))) @RequestBody String problem,
            @RequestParam(required = false) String timeLimit, @RequestParam(defaultValue = "true") boolean solve) {
        long id = service.submit(problem, new PlanService.SubmitOptions(timeLimit, solve, null, "json"));
        return accepted(id);
    }

    @Operation(summary = "Submit a problem as files: a JSON or XLSX problem file, or suppliers.csv and hospitals.csv",
            description = "Part problem: the JSON format, or a workbook with sheets suppliers, tankers, hospitals, "
                    + "collectionPosts and settings (GET /api/plans/template for one to fill in). Or parts suppliers and "
                    + "hospitals: CSV whose columns are the format's field names (location.lat, fleet.tankers; lists "
                    + ";-separated; , or ; as separator, decimal point or comma). Errors name file or sheet, row and column.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<PlanViews.Submitted> submitFiles(@RequestPart(required = false) MultipartFile problem,
            @RequestPart(required = false) MultipartFile suppliers, @RequestPart(required = false) MultipartFile hospitals,
            @RequestParam(required = false) String region, @RequestParam(required = false) String date,
            @RequestParam(required = false) String settings, @RequestParam(required = false) String timeLimit,
            @RequestParam(defaultValue = "true") boolean solve) throws IOException {
        ProblemFiles files = new ProblemFiles(problem, suppliers, hospitals, region, date, settings);
        ProblemSheets.Result read = files.read(reader);
        return accepted(service.submit(read.reading(), read.json(),
                new PlanService.SubmitOptions(timeLimit, solve, null, files.source())));
    }

    @Operation(summary = "The workbook to fill in for a new problem: every sheet and column, an invented example")
    @GetMapping("/template")
    ResponseEntity<byte[]> template() {
        return workbook("oxyalloc-problem-template.xlsx", ProblemSheets.template());
    }

    @Operation(summary = "A plan's problem as a workbook, to edit and submit again (without its road network)")
    @GetMapping("/{id}/problem")
    ResponseEntity<byte[]> problemWorkbook(@PathVariable long id) {
        PlanRecord plan = plans.get(id);
        return workbook("problem-" + id + "-" + plan.region() + "-" + plan.planDate() + ".xlsx",
                ProblemSheets.toWorkbook(PlanService.problemOf(plan)));
    }

    @Operation(summary = "Discard a plan: an invalid submission or a draft no longer wanted; it stays, with its "
            + "audit trail, but is listed only with status=discarded")
    @PostMapping("/{id}/discard")
    PlanViews.Summary discard(@PathVariable long id, @RequestParam(required = false) String reason) {
        service.discard(id, reason);
        return PlanViews.Summary.of(plans.get(id));
    }

    @Operation(summary = "List plans, newest first, filtered by date, region and status; without a status, invalid "
            + "and discarded plans are left out")
    @GetMapping
    List<PlanViews.Summary> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String region, @RequestParam(required = false) String status) {
        return plans.list(date, region, status == null ? null : PlanStatus.parse("status", status)).stream()
                .map(PlanViews.Summary::of).toList();
    }

    @Operation(summary = "One plan: its problem, its best plan so far, validation result and totals")
    @GetMapping("/{id}")
    PlanViews.Detail get(@PathVariable long id) {
        return PlanViews.Detail.of(plans.get(id));
    }

    @Operation(summary = "A light status: score, shortage, time spent and limit, best-score history")
    @GetMapping("/{id}/status")
    PlanViews.Status status(@PathVariable long id) {
        return events.status(id);
    }

    @Operation(summary = "Progress as server-sent events (status, time spent, best score, shortage) until solving ends")
    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter progress(@PathVariable long id) {
        return events.follow(id);
    }

    @Operation(summary = "Solve a created, solved, terminated or failed plan (again)")
    @PostMapping("/{id}/solve")
    ResponseEntity<PlanViews.Submitted> solve(@PathVariable long id, @RequestParam(required = false) String timeLimit) {
        service.solve(id, timeLimit);
        return accepted(id);
    }

    @Operation(summary = "Terminate solving early; the plan keeps its best solution")
    @PostMapping("/{id}/termination")
    ResponseEntity<PlanViews.Submitted> terminate(@PathVariable long id) {
        service.terminate(id);
        return accepted(id);
    }

    @Operation(summary = "The score analysis: every constraint, every match and its justification")
    @GetMapping("/{id}/analysis")
    PlanViews.Analysis analysis(@PathVariable long id) {
        PlanRecord record = plans.get(id);
        Plan plan = PlanService.resultOf(record);
        return new PlanViews.Analysis(id, record.status(), plan.score(), plan.feasible(), plan.analysis());
    }

    @Operation(summary = "Why one hospital receives what it does, in words")
    @GetMapping("/{id}/hospitals/{hospitalId}")
    HospitalExplanation hospital(@PathVariable long id, @PathVariable String hospitalId) {
        return HospitalExplanation.of(PlanService.resultOf(plans.get(id)), hospitalId);
    }

    @Operation(summary = "What the plan's map draws: suppliers, hospitals with the share of their request met, "
            + "collection posts, and a line per delivery (tons) and per refill (cylinders)")
    @GetMapping("/{id}/map")
    PlanMap map(@PathVariable long id) {
        PlanRecord plan = plans.get(id);
        return PlanMap.of(PlanService.problemOf(plan), PlanService.resultOf(plan));
    }

    @Operation(summary = "The plan's audit trail: submission, status changes, publication, with who and when")
    @GetMapping("/{id}/audit")
    List<AuditEvent> audit(@PathVariable long id) {
        plans.get(id);
        return audit.forPlan(id);
    }

    private static ResponseEntity<byte[]> workbook(String fileName, byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Workbooks.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private ResponseEntity<PlanViews.Submitted> accepted(long id) {
        return PlanViews.Submitted.accepted(plans.get(id));
    }
}
