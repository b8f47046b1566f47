package org.oxyalloc.datasets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Findings about the source data met while building one dataset, by topic, in the order met. */
final class Notes {

    private final Map<String, List<String>> byTopic = new LinkedHashMap<>();

    void add(String topic, String line) {
        byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(line);
    }

    /** Markdown: one bold topic line and its items. */
    String toMarkdown() {
        StringBuilder md = new StringBuilder();
        byTopic.forEach((topic, lines) -> {
            md.append("**").append(topic).append("** (").append(lines.size()).append(")\n\n");
            lines.forEach(line -> md.append("- ").append(line).append('\n'));
            md.append('\n');
        });
        return md.toString();
    }
}
