package org.oxyalloc.api.demo;

import org.oxyalloc.api.page.PageController;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The new-plan page's demo datasets: one is copied into a new plan, stored but not solved, to look at or edit. */
@PageController
class DemoPages {

    private final DemoDatasets datasets;

    DemoPages(DemoDatasets datasets) {
        this.datasets = datasets;
    }

    @PostMapping("/plans/new/dataset")
    String copy(@RequestParam String name) {
        return "redirect:/plans/" + datasets.load(name, null, false);
    }
}
