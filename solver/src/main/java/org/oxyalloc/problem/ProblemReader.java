package org.oxyalloc.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Reads a problem file and reports every problem in it at once: malformed JSON (with line and column), then every
 * violation of the schema, then every semantic error and warning ({@link ProblemValidator}).
 */
public final class ProblemReader {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(ProblemSchema.schema());

    private final Collection<String> constraintNames;

    /** @param constraintNames the names a constraint weight may use */
    public ProblemReader(Collection<String> constraintNames) {
        this.constraintNames = List.copyOf(constraintNames);
    }

    public ProblemReading read(String json) {
        JsonNode tree;
        try {
            tree = ProblemJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            return failed(malformed(e));
        }
        if (tree == null || tree.isMissingNode()) {
            return failed(ProblemIssue.error("$", null, "the file is empty; expected a JSON object"));
        }
        List<ProblemIssue> issues = new ArrayList<>();
        for (ValidationMessage message : SCHEMA.validate(tree)) {
            String path = message.getInstanceLocation().toString();
            issues.add(ProblemIssue.error(path, valueOf(message.getInstanceNode()), withoutPath(message.getMessage(), path)));
        }
        if (!issues.isEmpty()) {
            return new ProblemReading(null, issues);
        }
        Problem problem;
        try {
            problem = ProblemJson.mapper().treeToValue(tree, Problem.class);
        } catch (JsonProcessingException e) {
            return failed(unreadable(e));
        }
        issues.addAll(ProblemValidator.validate(problem, constraintNames));
        boolean valid = issues.stream().noneMatch(ProblemIssue::isError);
        return new ProblemReading(valid ? problem : null, issues);
    }

    private static ProblemReading failed(ProblemIssue issue) {
        return new ProblemReading(null, List.of(issue));
    }

    private static ProblemIssue malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "$" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        return ProblemIssue.error(where, null, "malformed JSON: " + e.getOriginalMessage());
    }

    /** A value that passed the schema but not Jackson, such as an impossible date. */
    private static ProblemIssue unreadable(JsonProcessingException e) {
        String path = e instanceof JsonMappingException mapping ? toJsonPath(mapping.getPath()) : "$";
        return ProblemIssue.error(path, null, "unreadable value: " + e.getOriginalMessage());
    }

    private static String toJsonPath(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String valueOf(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isContainerNode()) {
            return null;
        }
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static String withoutPath(String message, String path) {
        String prefix = path + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
