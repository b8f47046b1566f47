package org.oxyalloc.api.audit;

import org.oxyalloc.api.page.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' audit trail: the newest events first, of everyone or of one user. */
@PageController
class AuditPages {

    /** Events on one page; older ones are in GET /api/audit. */
    private static final int SHOWN = 500;

    private final AuditLog audit;

    AuditPages(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String trail(@RequestParam(required = false) String user, Model model) {
        String who = user == null || user.isBlank() ? null : user.strip();
        model.addAttribute("user", who);
        model.addAttribute("events", audit.newest(who, SHOWN));
        model.addAttribute("shown", SHOWN);
        return "audit";
    }
}
