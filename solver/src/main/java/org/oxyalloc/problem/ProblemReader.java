package org.oxyalloc.problem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.oxyalloc.text.Phrase;

/**
 * Reads a problem file and reports every problem in it at once: malformed JSON (with line and column), then every
 * violation of the schema, then every semantic error and warning ({@link ProblemValidator}); then the same for the
 * road network file it refers to, if any.
 */
public final class ProblemReader {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema SCHEMA = SCHEMAS.getSchema(ProblemSchema.schema());
    private static final JsonSchema NETWORK_SCHEMA = SCHEMAS.getSchema(ProblemSchema.networkSchema());

    private final Collection<String> constraintNames;
    private final Path shippedFolder;

    /** @param constraintNames the names a constraint weight may use */
    public ProblemReader(Collection<String> constraintNames) {
        this(constraintNames, null);
    }

    /**
     * A reader for problems sent as text (the service's), whose road network file may be one of the networks shipped
     * in a folder: {@code "file": "networks/sunda-strait-trunk.json"}, as the shipped datasets say it, is read from
     * there; no other file is.
     *
     * @param shippedFolder the folder of the shipped datasets and their networks, or null
     */
    public ProblemReader(Collection<String> constraintNames, Path shippedFolder) {
        this.constraintNames = List.copyOf(constraintNames);
        this.shippedFolder = shippedFolder == null ? null : shippedFolder.toAbsolutePath().normalize();
    }

    /**
     * Reads a problem given as text; a road network file it refers to is read only from the shipped networks, if this
     * reader has them, and is an error otherwise.
     */
    public ProblemReading read(String json) {
        return read(json.replaceFirst("^\uFEFF", ""), shippedFolder);
    }

    /** Reads a problem file; a road network file it refers to is read relative to the problem file's folder. */
    public ProblemReading read(Path problemFile) throws IOException {
        List<ProblemIssue> issues = new ArrayList<>();
        String json = utf8(Files.readAllBytes(problemFile), "", issues);
        return json == null ? new ProblemReading(null, issues) : read(json, problemFile.toAbsolutePath().getParent());
    }

    private ProblemReading read(String json, Path folder) {
        List<ProblemIssue> issues = new ArrayList<>();
        Problem problem = parse(json, Problem.class, SCHEMA, "", issues);
        if (problem == null) {
            return new ProblemReading(null, issues);
        }
        issues.addAll(ProblemValidator.validate(problem, constraintNames));
        Problem.RoadNetwork network = problem.roadNetwork();
        if (network != null && network.refersToFile() && issues.stream().noneMatch(ProblemIssue::isError)) {
            network = readNetworkFile(network.file(), folder, issues);
            problem = problem.withRoadNetwork(network);
        }
        boolean valid = issues.stream().noneMatch(ProblemIssue::isError);
        return new ProblemReading(valid ? problem : null, issues);
    }

    private static Problem.RoadNetwork readNetworkFile(String file, Path folder, List<ProblemIssue> issues) {
        if (folder == null) {
            issues.add(ProblemIssue.error("$.roadNetwork.file", file, Phrase.of("issue.network.fileNotResolvable")));
            return null;
        }
        Path path;
        try {
            path = folder.resolve(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            path = null;
        }
        if (path == null || !path.startsWith(folder.toAbsolutePath().normalize()) || !path.getFileName().toString().endsWith(".json")) {
            issues.add(ProblemIssue.error("$.roadNetwork.file", file, Phrase.of("issue.network.fileOutside")));
            return null;
        }
        String prefix = file + ": ";
        String json;
        try {
            json = utf8(Files.readAllBytes(path), prefix, issues);
        } catch (IOException e) {
            issues.add(ProblemIssue.error("$.roadNetwork.file", file, Phrase.of("issue.network.noFile")));
            return null;
        }
        if (json == null) {
            return null;
        }
        Problem.RoadNetwork network = parse(json, Problem.RoadNetwork.class, NETWORK_SCHEMA, prefix, issues);
        if (network != null) {
            issues.addAll(ProblemValidator.validateNetworkFile(network, prefix + "$"));
        }
        return network;
    }

    /** The bytes as UTF-8 text, or null after saying at which byte they stop being UTF-8. */
    private static String utf8(byte[] bytes, String prefix, List<ProblemIssue> issues) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            issues.add(ProblemIssue.error(Phrase.of("issue.place.byte", prefix, in.position()), String.format(Locale.ROOT, "0x%02X",
                    bytes[in.position()] & 0xFF), Phrase.of("issue.notUtf8")));
            return null;
        }
        decoder.flush(out);
        return out.flip().toString().replaceFirst("^\uFEFF", "");
    }

    /** JSON, then schema, then binding; every issue found is added, and null returned when there is any. */
    private static <T> T parse(String json, Class<T> type, JsonSchema schema, String prefix, List<ProblemIssue> issues) {
        JsonNode tree;
        try {
            tree = ProblemJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            issues.add(malformed(e, prefix));
            return null;
        }
        if (tree == null || tree.isMissingNode()) {
            issues.add(ProblemIssue.error(prefix + "$", null, Phrase.of("issue.emptyFile")));
            return null;
        }
        int before = issues.size();
        for (ValidationMessage message : schema.validate(tree)) {
            String path = message.getInstanceLocation().toString();
            issues.add(ProblemIssue.error(prefix + path, valueOf(message.getInstanceNode()), SchemaMessages.phrase(message)));
        }
        if (issues.size() > before) {
            return null;
        }
        try {
            return ProblemJson.mapper().treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            issues.add(unreadable(e, prefix));
            return null;
        }
    }

    private static ProblemIssue malformed(JsonProcessingException e, String prefix) {
        JsonLocation at = e.getLocation();
        Phrase text = Phrase.of("issue.malformed", withoutInternals(e.getOriginalMessage()));
        return at == null || at.getLineNr() < 0 ? ProblemIssue.error(prefix + "$", null, text)
                : ProblemIssue.error(Phrase.of("place.line", prefix, at.getLineNr(), at.getColumnNr()), null, text);
    }

    /** Jackson's messages name its own settings (`JsonReadFeature...`); a user can do nothing with those. */
    public static String withoutInternals(String message) {
        return message.replaceAll("Source: REDACTED \\(`[^`]*` disabled\\); ", "")
                .replaceAll(": enable `[^`]*` to allow", ": not JSON")
                .replaceAll(", from `[^`]*`", "")
                .replaceAll("`(java|com)\\.[A-Za-z_.$()]+`", "this value");
    }

    /** A value that passed the schema but not Jackson, such as an impossible date. */
    private static ProblemIssue unreadable(JsonProcessingException e, String prefix) {
        String path = e instanceof JsonMappingException mapping ? toJsonPath(mapping.getPath()) : "$";
        if (e instanceof InvalidFormatException invalid) {
            boolean date = invalid.getTargetType() == LocalDate.class;
            return ProblemIssue.error(prefix + path, invalid.getValue(), Phrase.of(date ? "issue.notADate" : "issue.notAValue"));
        }
        return ProblemIssue.error(prefix + path, null, Phrase.of("issue.unreadable", withoutInternals(e.getOriginalMessage())));
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
}
