package org.oxyalloc.api.tuning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.oxyalloc.api.page.PageController;
import org.oxyalloc.api.plan.PlanRecord;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.plan.PlanService;
import org.oxyalloc.api.web.FieldError;
import org.oxyalloc.api.web.InvalidRequestException;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.solver.ConstraintInfo;
import org.oxyalloc.text.Phrase;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analysts' pages: the constraint catalogue, a what-if plan with other weights, and two plans side by side. A
 * what-if is a new plan, solved at once; the original never changes.
 */
@PageController
class TuningPages {

    /** Form fields of the what-if page carry a constraint's weight as weight.<constraint name>. */
    private static final String WEIGHT = "weight.";

    private final AllocationEngine engine;
    private final TuningService tuning;
    private final PlanRepository plans;

    TuningPages(AllocationEngine engine, TuningService tuning, PlanRepository plans) {
        this.engine = engine;
        this.tuning = tuning;
        this.plans = plans;
    }

    @GetMapping("/constraints")
    String constraints(Model model) {
        model.addAttribute("constraints", engine.constraints().values());
        return "constraints";
    }

    /** The what-if form: every constraint with its weight in this plan, to change. */
    @GetMapping("/plans/{id}/what-if")
    String whatIfForm(@PathVariable long id, Model model) {
        PlanRecord record = plans.get(id);
        model.addAttribute("record", record);
        model.addAttribute("constraints", engine.constraints().values());
        model.addAttribute("weights", weights(record));
        return "what-if";
    }

    /** Solves a what-if plan with the weights that differ from this plan's; errors come back on the form. */
    @PostMapping("/plans/{id}/what-if")
    String whatIf(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale) {
        PlanRecord record = plans.get(id);
        Map<String, Long> current = weights(record);
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, Long> changed = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        form.forEach((field, value) -> {
            if (!field.startsWith(WEIGHT)) {
                return;
            }
            String name = field.substring(WEIGHT.length());
            typed.put(name, value);
            if (!current.containsKey(name)) {
                errors.add(invalid(name, null, "tuning.notAConstraint", locale));
                return;
            }
            try {
                long weight = Long.parseLong(value.strip());
                if (weight < 0) {
                    errors.add(invalid(name, value, "tuning.notAWeight", locale));
                } else if (weight != current.get(name)) {
                    changed.put(name, weight);
                }
            } catch (NumberFormatException e) {
                errors.add(invalid(name, value, "tuning.notAWeight", locale));
            }
        });
        String timeLimit = form.get("timeLimit") == null || form.get("timeLimit").isBlank() ? null : form.get("timeLimit").strip();
        if (errors.isEmpty()) {
            try {
                long whatIf = tuning.whatIf(id, new TuningService.WhatIf(changed, null, timeLimit, true));
                return "redirect:/plans/" + whatIf;
            } catch (InvalidRequestException e) {
                e.errors().forEach(error -> errors.add(error.sentence(locale)));
            }
        }
        model.addAttribute("record", record);
        model.addAttribute("constraints", engine.constraints().values());
        model.addAttribute("weights", typed);
        model.addAttribute("timeLimit", timeLimit);
        model.addAttribute("errors", errors);
        return "what-if";
    }

    @GetMapping("/comparisons")
    String compare(@RequestParam long base, @RequestParam long other, Model model) {
        PlanRecord a = plans.get(base);
        PlanRecord b = plans.get(other);
        model.addAttribute("base", a);
        model.addAttribute("other", b);
        model.addAttribute("comparison", PlanComparison.of(a, b));
        return "comparison";
    }

    /** The plan's weight of every constraint: its problem's where it sets one, the default otherwise. */
    private Map<String, Long> weights(PlanRecord record) {
        Map<String, Long> set = PlanService.problemOf(record).effectiveSettings().constraintWeights();
        Map<String, Long> weights = new LinkedHashMap<>();
        for (ConstraintInfo constraint : engine.constraints().values()) {
            weights.put(constraint.name(), set.getOrDefault(constraint.name(), constraint.defaultWeight()));
        }
        return weights;
    }

    private static String invalid(String field, String value, String phraseKey, Locale locale) {
        Phrase text = Phrase.of(phraseKey);
        return new FieldError(field, value, text.english(), null, text).sentence(locale);
    }
}
