package org.oxyalloc.api.plan;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.oxyalloc.api.spreadsheet.ProblemSheets;
import org.oxyalloc.api.web.InvalidRequestException;
import org.oxyalloc.problem.ProblemReader;
import org.oxyalloc.text.Phrase;
import org.springframework.web.multipart.MultipartFile;

/**
 * A problem sent as files, by the API's multipart form or the new-plan page: one problem file (JSON, or an XLSX
 * workbook), or the two CSV exports suppliers and hospitals with the region, date and settings beside them.
 *
 * @param region, date, settings for CSV; for a workbook, region and date replace the settings sheet's when given
 */
record ProblemFiles(MultipartFile problem, MultipartFile suppliers, MultipartFile hospitals, String region, String date,
        String settings) {

    /** What the submission is recorded as coming from. */
    String source() {
        return given(problem) ? (isWorkbook(problem) ? "xlsx" : "json") : "csv";
    }

    /**
     * Reads the files into a problem; the result holds every error of its content. Files missing or of the wrong
     * kind are refused here, before anything is stored.
     */
    ProblemSheets.Result read(ProblemReader reader) throws IOException {
        if (given(problem)) {
            if (given(suppliers) || given(hospitals)) {
                throw InvalidRequestException.of("suppliers", name(given(suppliers) ? suppliers : hospitals),
                        Phrase.of("upload.fileAndCsv"));
            }
            if (isWorkbook(problem)) {
                return ProblemSheets.fromWorkbook(problem.getBytes(), name(problem), region, date, reader);
            }
            if (!name(problem).toLowerCase(Locale.ROOT).endsWith(".json") && !text(problem, "problem").strip().startsWith("{")) {
                throw InvalidRequestException.of("problem", name(problem), Phrase.of("upload.notJsonOrXlsx"));
            }
            String json = text(problem, "problem");
            return new ProblemSheets.Result(json, reader.read(json));
        }
        if (!given(suppliers) && !given(hospitals)) {
            throw InvalidRequestException.of("problem", null, Phrase.of("upload.noFile"));
        }
        if (!given(suppliers) || !given(hospitals)) {
            String missing = given(suppliers) ? "hospitals" : "suppliers";
            throw InvalidRequestException.of(missing, null, Phrase.of("upload.missingCsv", missing));
        }
        return ProblemSheets.fromCsv(text(suppliers, "suppliers"), text(hospitals, "hospitals"), region, date,
                settings, reader);
    }

    private static boolean given(MultipartFile file) {
        return file != null && !file.isEmpty();
    }

    /** By its name, or by the zip signature that every XLSX file starts with. */
    private static boolean isWorkbook(MultipartFile file) {
        if (name(file).toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return true;
        }
        try {
            byte[] bytes = file.getBytes();
            return bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K';
        } catch (IOException e) {
            return false;
        }
    }

    private static String name(MultipartFile file) {
        return file.getOriginalFilename() == null ? file.getName() : file.getOriginalFilename();
    }

    /** The file as UTF-8 text; refused, not garbled, when it is not UTF-8. */
    private static String text(MultipartFile file, String field) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes())).toString();
        } catch (CharacterCodingException e) {
            throw InvalidRequestException.of(field, name(file), Phrase.of("upload.notUtf8"));
        }
    }
}
