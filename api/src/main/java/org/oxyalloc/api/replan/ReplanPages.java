package org.oxyalloc.api.replan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.oxyalloc.api.page.PageController;
import org.oxyalloc.api.web.ConflictException;
import org.oxyalloc.api.web.InvalidRequestException;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.problem.ProblemReader;
import org.oxyalloc.text.Phrase;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The re-plan form of a plan's page: a reason, a few changes of one field each (or all of them as JSON), the trips
 * already dispatched; on a queued or solving plan the same form changes its day in place. A refused form comes back to
 * the plan's page with every error and what was typed.
 */
@PageController
class ReplanPages {

    /** Rows of the form: kind, id, field and value of one change each. */
    static final int ROWS = 3;

    private final ReplanService replans;

    ReplanPages(ReplanService replans) {
        this.replans = replans;
    }

    @PostMapping("/plans/{id}/replan")
    String replan(@PathVariable long id, @RequestParam Map<String, String> form,
            @RequestParam(required = false) List<String> dispatched, Locale locale, RedirectAttributes page) {
        List<String> trips = dispatched == null ? List.of() : dispatched;
        return send(id, form, trips, locale, page, changes -> "redirect:/plans/" + replans.replan(id,
                new ReplanService.Replan(form.get("reason"), changes, trips, blankToNull(form.get("timeLimit")), true)));
    }

    /** The same form on a queued or solving plan: the changes reach its solve, and its page shows the outcome. */
    @PostMapping("/plans/{id}/changes")
    String change(@PathVariable long id, @RequestParam Map<String, String> form, Locale locale, RedirectAttributes page) {
        return send(id, form, List.of(), locale, page, changes -> {
            page.addFlashAttribute("changeOutcome",
                    replans.change(id, new ReplanService.DayChange(form.get("reason"), changes)).label());
            return "redirect:/plans/" + id;
        });
    }

    /** The form's changes to the action; refused, back to the plan's form with every error and what was typed. */
    private static String send(long id, Map<String, String> form, List<String> dispatched, Locale locale,
            RedirectAttributes page, Function<ArrayNode, String> action) {
        List<String> errors = new ArrayList<>();
        ArrayNode changes = changes(form, errors, locale);
        if (errors.isEmpty()) {
            try {
                return action.apply(changes);
            } catch (InvalidRequestException e) {
                e.errors().forEach(error -> errors.add(error.sentence(locale)));
            } catch (ConflictException e) {
                errors.add(e.message(locale));
            }
        }
        page.addFlashAttribute("replanErrors", errors);
        page.addFlashAttribute("replanForm", form);
        page.addFlashAttribute("replanDispatched", dispatched);
        return "redirect:/plans/" + id + "#replan";
    }

    /** The rows filled in, then the changes given as JSON, in one array. */
    private static ArrayNode changes(Map<String, String> form, List<String> errors, Locale locale) {
        ArrayNode changes = ProblemJson.mapper().createArrayNode();
        for (int row = 0; row < ROWS; row++) {
            String kind = blankToNull(form.get("kind" + row));
            if (kind == null) {
                continue;
            }
            ObjectNode change = changes.addObject().put("kind", kind).put("id", form.getOrDefault("id" + row, "").strip());
            String value = form.getOrDefault("value" + row, "").strip();
            if (kind.equals("tankersOutOfService")) {
                ArrayNode tankers = change.putArray("tankers");
                for (String tanker : value.split(",")) {
                    if (!tanker.isBlank()) {
                        tankers.add(tanker.strip());
                    }
                }
            } else {
                ObjectNode set = change.putObject("set");
                String field = form.getOrDefault("field" + row, "").strip();
                if (!field.isEmpty()) {
                    set.set(field, value(value, "value" + row, errors, locale));
                }
            }
        }
        String json = blankToNull(form.get("changesJson"));
        if (json != null) {
            try {
                JsonNode more = ProblemJson.mapper().readTree(json);
                if (more.isArray()) {
                    changes.addAll((ArrayNode) more);
                } else {
                    changes.add(more);
                }
            } catch (JsonProcessingException e) {
                errors.add("changesJson: " + Phrase.of("issue.malformed", ProblemReader.withoutInternals(e.getOriginalMessage())).text(locale));
            }
        }
        return changes;
    }

    /**
     * A number with a decimal point or comma (2.5, 2,5), or a text. A number with thousands separators is refused, not
     * guessed: 1.000 is a thousand in Bahasa Indonesia and one in English.
     */
    private static JsonNode value(String value, String field, List<String> errors, Locale locale) {
        if (value.matches("-?[0-9]+")) {
            return ProblemJson.mapper().getNodeFactory().numberNode(new BigDecimal(value));
        }
        if (value.matches("-?[0-9]+[.,][0-9]{1,2}|-?0[.,][0-9]+|-?[0-9]+[.,][0-9]{4,}")) {
            return ProblemJson.mapper().getNodeFactory().numberNode(new BigDecimal(value.replace(',', '.')));
        }
        if (value.matches("-?[0-9]{1,3}([.,][0-9]{3})+([.,][0-9]+)?")) {
            errors.add(field + " \"" + value + "\": " + Phrase.of("replan.thousands").text(locale));
        }
        return ProblemJson.mapper().getNodeFactory().textNode(value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
