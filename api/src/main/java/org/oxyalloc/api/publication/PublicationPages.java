package org.oxyalloc.api.publication;

import org.oxyalloc.api.page.PageController;
import org.oxyalloc.api.web.ConflictException;
import org.oxyalloc.api.web.InvalidRequestException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Publishing from the plan's page: the same service and checks as the API; the outcome shown on the plan's page. */
@PageController
class PublicationPages {

    private final PublicationService publication;

    PublicationPages(PublicationService publication) {
        this.publication = publication;
    }

    @PostMapping("/plans/{id}/publication")
    String publish(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes page) {
        try {
            publication.publish(id, reason);
            page.addFlashAttribute("publishedNow", true);
        } catch (ConflictException e) {
            page.addFlashAttribute("publicationError", e.message(LocaleContextHolder.getLocale()));
        } catch (InvalidRequestException e) {
            page.addFlashAttribute("publicationError", e.errors().get(0).message(LocaleContextHolder.getLocale()));
            page.addFlashAttribute("reason", reason);
        }
        return "redirect:/plans/" + id;
    }
}
