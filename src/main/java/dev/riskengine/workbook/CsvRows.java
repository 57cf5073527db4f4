package dev.riskengine.workbook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file's rows, streamed with Jackson's CSV parser (quotes, embedded commas and line breaks
 * handled), each with the line it starts on, so that a value's place is {@code file.csv:7}. The
 * importer's tables ({@code import table}) and the long-form input ({@link CsvTable}) both read
 * CSV through here. A byte order mark (Excel's, the World Bank's) is dropped from the first field.
 */
public final class CsvRows {
    private static final CsvMapper CSV = new CsvMapper();

    /** What receives each row. */
    @FunctionalInterface
    public interface Row {
        /** @param line the line the row starts on, from 1; {@code fields} as typed, untrimmed */
        void accept(int line, List<String> fields);
    }

    private CsvRows() {
    }

    /**
     * The first column at or past {@code columns} (a header's width) whose value is not blank, or
     * -1. In a table read by splitting on a delimiter, such a value means an unquoted delimiter
     * inside a value ("1,200") split it and moved every later value one column on; blank values
     * there are a spreadsheet's empty columns.
     */
    public static int firstValuePast(List<?> row, int columns) {
        for (int column = columns; column < row.size(); column++) {
            Object value = row.get(column);
            if (value != null && !value.toString().isBlank()) {
                return column;
            }
        }
        return -1;
    }

    /**
     * @throws UnreadableTableException when the file is not valid CSV (with the line) or cannot be
     *         read; the message is one line naming the file
     */
    public static void read(Path file, char delimiter, Row each) throws UnreadableTableException {
        String name = String.valueOf(file.getFileName());
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CsvParser parser = CSV.getFactory().createParser(reader)) {
            parser.setSchema(schema);
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<String> row = null;
            int line = 0;
            int depth = 0;
            boolean first = true;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY && ++depth == 2) {
                    row = new ArrayList<>();
                    line = lineOf(parser.currentTokenLocation());
                } else if (token == JsonToken.END_ARRAY && depth-- == 2) {
                    each.accept(line, row);
                } else if (depth == 2) {
                    String text = parser.getText();
                    if (first) {
                        text = text.replace("\uFEFF", "");
                        first = false;
                    }
                    row.add(text);
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new UnreadableTableException(name + (at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr()),
                    "a table that is not valid CSV (" + firstLine(e.getOriginalMessage()) + ")");
        } catch (CharacterCodingException e) {
            throw new UnreadableTableException(name + Utf8Lines.placeOfFirstBadByte(file), "text that is not UTF-8 "
                    + "(Excel's \"CSV (Comma delimited)\" and other ANSI encodings write \u00f4 and \u00e9 this way: save it as "
                    + "\"CSV UTF-8\", or choose UTF-8 in LibreOffice's text export)");
        } catch (IOException e) {
            throw new UnreadableTableException(name, "a file that cannot be read (" + firstLine(e.getMessage()) + ")");
        }
    }

    /**
     * A row's line. Jackson places the start of a row where the previous one ended (the end of
     * the line before), so the row is on the next line; the first row has no location yet.
     */
    private static int lineOf(JsonLocation start) {
        return start.getLineNr() < 1 ? 1 : start.getLineNr() + 1;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").trim();
    }
}
