package org.oxyalloc.api.plan;

import java.io.IOException;
import java.util.stream.Stream;

import org.oxyalloc.api.demo.DemoDatasets;
import org.oxyalloc.api.page.PageController;
import org.oxyalloc.api.spreadsheet.ProblemSheets;
import org.oxyalloc.api.web.ConflictException;
import org.oxyalloc.api.web.InvalidRequestException;
import org.oxyalloc.problem.ProblemReader;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task force's new plan (a problem from a JSON, XLSX or CSV upload, or a demo dataset) and the buttons that solve,
 * stop and discard a plan. Errors come back on the page, every one with its file, row and column; the form keeps what was
 * typed, so that only the file needs to be chosen again.
 */
@PageController
class NewPlanPages {

    private final PlanService service;
    private final ProblemReader reader;
    private final DemoDatasets datasets;

    NewPlanPages(PlanService service, ProblemReader reader, DemoDatasets datasets) {
        this.service = service;
        this.reader = reader;
        this.datasets = datasets;
    }

    @GetMapping("/plans/new")
    String form(Model model) {
        model.addAttribute("datasets", datasets.list());
        return "new-plan";
    }

    @PostMapping("/plans/new")
    String upload(@RequestParam(required = false) MultipartFile problem,
            @RequestParam(required = false) MultipartFile suppliers, @RequestParam(required = false) MultipartFile hospitals,
            @RequestParam(required = false) String region, @RequestParam(required = false) String date,
            @RequestParam(required = false) String timeLimit, @RequestParam(defaultValue = "false") boolean solve,
            Model model) throws IOException {
        ProblemFiles files = new ProblemFiles(problem, suppliers, hospitals, region, date, null);
        try {
            ProblemSheets.Result read = files.read(reader);
            long id = service.submit(read.reading(), read.json(),
                    new PlanService.SubmitOptions(blankToNull(timeLimit), solve, null, files.source()));
            return "redirect:/plans/" + id;
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("storedAs", e.properties().get("planId"));
            model.addAttribute("region", region);
            model.addAttribute("date", date);
            model.addAttribute("timeLimit", timeLimit);
            model.addAttribute("solve", solve);
            model.addAttribute("fileNames", Stream.of(problem, suppliers, hospitals)
                    .filter(f -> f != null && !f.isEmpty()).map(MultipartFile::getOriginalFilename).toList());
            return form(model);
        }
    }

    @PostMapping("/plans/{id}/solve")
    String solve(@PathVariable long id, @RequestParam(required = false) String timeLimit, RedirectAttributes page) {
        return act(id, page, () -> service.solve(id, blankToNull(timeLimit)));
    }

    @PostMapping("/plans/{id}/termination")
    String terminate(@PathVariable long id, RedirectAttributes page) {
        return act(id, page, () -> service.terminate(id));
    }

    @PostMapping("/plans/{id}/discard")
    String discard(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes page) {
        return act(id, page, () -> service.discard(id, reason));
    }

    private static String act(long id, RedirectAttributes page, Runnable action) {
        try {
            action.run();
        } catch (ConflictException e) {
            page.addFlashAttribute("actionError", e.message(LocaleContextHolder.getLocale()));
        } catch (InvalidRequestException e) {
            page.addFlashAttribute("actionError", e.errors().get(0).sentence(LocaleContextHolder.getLocale()));
        }
        return "redirect:/plans/" + id;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
