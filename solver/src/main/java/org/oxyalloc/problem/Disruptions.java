package org.oxyalloc.problem;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.oxyalloc.text.Phrase;

/**
 * What broke or arrived since a day was planned, as a few changes to its problem, each naming what it changes by id:
 * a supplier's LOX or refills ({@code supplier}), tankers out of service ({@code tankersOutOfService}), a hospital's
 * need, stock or empties ({@code hospital}, an SOS), a collection post's shuttle ({@code collectionPost}, trucks 0:
 * stopped), a hospital added ({@code newHospital}), a road or ferry closed for the day or for some hours
 * ({@code roadClosed}). The changed problem is read as any problem is, so that every error is found, and each error
 * in what a change set is reported at that change ({@code $.changes[2].set.loxTons}). When there is any error, no
 * problem is returned: nothing is changed.
 */
public final class Disruptions {

    /** The kinds of change, as the JSON names them. */
    static final Set<String> KINDS = Set.of("supplier", "hospital", "collectionPost", "tankersOutOfService", "newHospital",
            "roadClosed");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "supplier", Set.of("kind", "id", "set"), "hospital", Set.of("kind", "id", "set"),
            "collectionPost", Set.of("kind", "id", "set"), "tankersOutOfService", Set.of("kind", "id", "tankers"),
            "newHospital", Set.of("kind", "hospital"), "roadClosed", Set.of("kind", "from", "to", "hours"));
    private static final Map<String, String> LISTS = Map.of("supplier", "suppliers", "hospital", "hospitals",
            "collectionPost", "collectionPosts", "tankersOutOfService", "suppliers");

    private Disruptions() {
    }

    /**
     * @param problem the day as it was planned (its road network inline, as the service stores it)
     * @param changes the changes, a JSON array
     * @return the changed problem, or every error and no problem
     */
    public static ProblemReading apply(Problem problem, JsonNode changes, ProblemReader reader) {
        ObjectNode tree = ProblemJson.mapper().valueToTree(problem);
        List<ProblemIssue> issues = new ArrayList<>();
        // Where each set field or added hospital landed in the problem, and the change it came from.
        Map<String, String> origins = new LinkedHashMap<>();
        if (changes == null || !changes.isArray() || changes.isEmpty()) {
            issues.add(ProblemIssue.error("$.changes", null, Phrase.of("change.none")));
            return new ProblemReading(null, issues);
        }
        for (int i = 0; i < changes.size(); i++) {
            apply(tree, changes.get(i), "$.changes[" + i + "]", origins, issues);
        }
        if (!issues.isEmpty()) {
            return new ProblemReading(null, issues);
        }
        ProblemReading read = reader.read(tree.toString());
        List<ProblemIssue> located = read.issues().stream().map(issue -> located(issue, origins)).toList();
        return new ProblemReading(read.problem(), located);
    }

    private static void apply(ObjectNode tree, JsonNode change, String path, Map<String, String> origins,
            List<ProblemIssue> issues) {
        String kind = change.path("kind").asText("");
        if (!change.isObject() || !KINDS.contains(kind)) {
            issues.add(ProblemIssue.error(path + ".kind", change.path("kind").isMissingNode() ? null : kind,
                    Phrase.of("change.kind", String.join(", ", KINDS.stream().sorted().toList()))));
            return;
        }
        for (Iterator<String> names = change.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.get(kind).contains(name)) {
                issues.add(ProblemIssue.error(path + "." + name, null, Phrase.of("change.field", kind,
                        String.join(", ", FIELDS.get(kind).stream().filter(f -> !f.equals("kind")).sorted().toList()))));
            }
        }
        switch (kind) {
            case "newHospital" -> addHospital(tree, change, path, origins, issues);
            case "roadClosed" -> closeRoad(tree, change, path, issues);
            default -> {
                String list = LISTS.get(kind);
                int index = indexOf(tree.withArray(list), change.path("id").asText(null));
                if (index < 0) {
                    issues.add(ProblemIssue.error(path + ".id", change.path("id").isMissingNode() ? null : change.path("id").asText(),
                            Phrase.of("change.unknownId." + list, ids(tree.withArray(list)))));
                } else if (kind.equals("tankersOutOfService")) {
                    takeOutOfService((ObjectNode) tree.withArray(list).get(index), change, path, issues);
                } else {
                    set((ObjectNode) tree.withArray(list).get(index), "$." + list + "[" + index + "]", change, path,
                            origins, issues);
                }
            }
        }
    }

    private static void set(ObjectNode target, String targetPath, JsonNode change, String path, Map<String, String> origins,
            List<ProblemIssue> issues) {
        JsonNode fields = change.path("set");
        if (!fields.isObject() || fields.isEmpty()) {
            issues.add(ProblemIssue.error(path + ".set", null, Phrase.of("change.set")));
            return;
        }
        fields.fields().forEachRemaining(field -> {
            if (field.getKey().equals("id")) {
                issues.add(ProblemIssue.error(path + ".set.id", field.getValue().asText(), Phrase.of("change.id")));
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
                origins.put(targetPath + "." + field.getKey(), path + ".set." + field.getKey());
            }
        });
    }

    /** A fleet becomes its tankers one by one, without those out of service. */
    private static void takeOutOfService(ObjectNode supplier, JsonNode change, String path, List<ProblemIssue> issues) {
        JsonNode named = change.path("tankers");
        if (!named.isArray() || named.isEmpty()) {
            issues.add(ProblemIssue.error(path + ".tankers", null, Phrase.of("change.tankers")));
            return;
        }
        // The supplier as the changes before this one left it, which the format has not checked yet.
        JsonNode fleet = supplier.path("fleet").path("tankers");
        if (fleet.isNumber() && (fleet.asLong() < 0 || fleet.asLong() > 1000)) {
            issues.add(ProblemIssue.error(path + ".id", supplier.path("id").asText(),
                    Phrase.of("change.supplierInvalid", "fleet.tankers")));
            return;
        }
        Problem.Supplier read;
        try {
            read = ProblemJson.mapper().convertValue(supplier, Problem.Supplier.class);
        } catch (IllegalArgumentException e) {
            // Jackson's message names its classes: the field is what the user can correct.
            String field = e.getCause() instanceof JsonMappingException mapping ? mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() == null ? "[" + reference.getIndex() + "]" : reference.getFieldName())
                    .collect(Collectors.joining(".")) : "";
            issues.add(ProblemIssue.error(path + ".id", supplier.path("id").asText(), Phrase.of("change.supplierInvalid", field)));
            return;
        }
        List<Problem.Tanker> tankers = new ArrayList<>(read.effectiveTankers());
        for (int t = 0; t < named.size(); t++) {
            String id = named.get(t).isTextual() ? named.get(t).asText() : named.get(t).toString();
            if (!tankers.removeIf(tanker -> tanker.id().equals(id))) {
                issues.add(ProblemIssue.error(path + ".tankers[" + t + "]", id, Phrase.of("change.unknownTanker",
                        read.id(), read.effectiveTankers().stream().map(Problem.Tanker::id).collect(Collectors.joining(", ")))));
            }
        }
        supplier.remove("fleet");
        supplier.set("tankers", ProblemJson.mapper().valueToTree(tankers));
    }

    private static void addHospital(ObjectNode tree, JsonNode change, String path, Map<String, String> origins,
            List<ProblemIssue> issues) {
        JsonNode hospital = change.path("hospital");
        if (!hospital.isObject()) {
            issues.add(ProblemIssue.error(path + ".hospital", null, Phrase.of("change.hospital")));
            return;
        }
        ArrayNode hospitals = tree.withArray("hospitals");
        origins.put("$.hospitals[" + hospitals.size() + "]", path + ".hospital");
        hospitals.add(hospital.deepCopy());
    }

    /** Closed for the day: its edges between the two nodes go; for some hours: they wait that long more. */
    private static void closeRoad(ObjectNode tree, JsonNode change, String path, List<ProblemIssue> issues) {
        JsonNode network = tree.path("roadNetwork");
        if (!network.path("edges").isArray()) {
            issues.add(ProblemIssue.error(path, null, Phrase.of("change.noNetwork")));
            return;
        }
        String from = change.path("from").asText("");
        String to = change.path("to").asText("");
        JsonNode hours = change.path("hours");
        if (!hours.isMissingNode() && (!hours.isNumber() || hours.asDouble() <= 0 || hours.asDouble() > 240)) {
            issues.add(ProblemIssue.error(path + ".hours", hours.asText(), Phrase.of("change.hours")));
            return;
        }
        ArrayNode edges = (ArrayNode) network.path("edges");
        int found = 0;
        for (int e = edges.size() - 1; e >= 0; e--) {
            ObjectNode edge = (ObjectNode) edges.get(e);
            String a = edge.path("from").asText();
            String b = edge.path("to").asText();
            if ((a.equals(from) && b.equals(to)) || (a.equals(to) && b.equals(from))) {
                found++;
                if (hours.isMissingNode()) {
                    edges.remove(e);
                } else {
                    edge.put("waitHours", edge.path("waitHours").asDouble(0) + hours.asDouble());
                }
            }
        }
        if (found == 0) {
            issues.add(ProblemIssue.error(path + ".to", to, Phrase.of("change.noEdge", from)));
        }
    }

    private static int indexOf(ArrayNode items, String id) {
        for (int i = 0; id != null && i < items.size(); i++) {
            if (id.equals(items.get(i).path("id").asText())) {
                return i;
            }
        }
        return -1;
    }

    /** The ids a change may name, at most twenty of them. */
    private static String ids(ArrayNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        return ids.size() <= 20 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 20)) + ", ...";
    }

    /** An error in what a change set, or in a hospital it added, is reported at the change. */
    private static ProblemIssue located(ProblemIssue issue, Map<String, String> origins) {
        // An unknown field is reported at its object; the change that set it is where the user wrote it.
        if (issue.text() != null && issue.text().key().equals("schema.additionalProperties")
                && origins.containsKey(issue.path() + "." + issue.text().args().get(0))) {
            return new ProblemIssue(issue.severity(), origins.get(issue.path() + "." + issue.text().args().get(0)),
                    issue.value(), issue.message(), null, issue.text());
        }
        for (Map.Entry<String, String> origin : origins.entrySet()) {
            String at = origin.getKey();
            if (issue.path().equals(at) || issue.path().startsWith(at + ".") || issue.path().startsWith(at + "[")) {
                return new ProblemIssue(issue.severity(), origin.getValue() + issue.path().substring(at.length()),
                        issue.value(), issue.message(), null, issue.text());
            }
        }
        return issue;
    }
}
