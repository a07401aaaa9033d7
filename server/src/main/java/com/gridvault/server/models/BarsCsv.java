package com.gridvault.server.models;

import com.gridvault.server.errors.ApiException;
import com.gridvault.server.errors.Problem;
import com.gridvault.server.errors.ProblemType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads OHLCV bars from CSV into the JSON the quant models bind: a header row with {@code time} (or
 * {@code timestamp}, {@code date}, {@code datetime}), {@code open}, {@code high}, {@code low},
 * {@code close} and optional {@code volume}, in any order and case. Times are ISO-8601 instants or
 * dates (taken as midnight UTC). Every bad value is reported as {@code bars[i].column} with its CSV
 * line; ordering and OHLC consistency are left to the model, which validates them.
 */
final class BarsCsv {

    private static final List<String> TIME_COLUMNS = List.of("time", "timestamp", "date", "datetime");
    private static final List<String> PRICE_COLUMNS = List.of("open", "high", "low", "close");
    private static final int MAX_REPORTED_ERRORS = 50;

    private BarsCsv() {}

    static JsonArray parse(Reader reader, int maxBars) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, String> columns = new TreeMap<>();
            parser.getHeaderNames().forEach(name -> columns.put(name.toLowerCase(Locale.ROOT), name));
            String time = TIME_COLUMNS.stream()
                    .filter(columns::containsKey)
                    .findFirst()
                    .map(columns::get)
                    .orElse(null);
            List<String> missing = new ArrayList<>();
            if (time == null) {
                missing.add("time");
            }
            PRICE_COLUMNS.stream().filter(c -> !columns.containsKey(c)).forEach(missing::add);
            if (!missing.isEmpty()) {
                throw invalid(List.of(new Problem.FieldProblem(
                        "bars",
                        "the CSV header lacks " + missing
                                + "; it needs time (or date), open, high, low, close and optionally volume; found "
                                + parser.getHeaderNames())));
            }
            JsonArrayBuilder bars = Json.createArrayBuilder();
            List<Problem.FieldProblem> errors = new ArrayList<>();
            int index = 0;
            for (CSVRecord record : parser) {
                if (index >= maxBars) {
                    throw invalid(List.of(new Problem.FieldProblem(
                            "bars",
                            "has more than " + maxBars + " rows, the configured limit (gridvault.models.max-bars)")));
                }
                long line = record.getRecordNumber() + 1;
                var bar = Json.createObjectBuilder();
                String path = "bars[" + index + "]";
                String instant = parseTime(record.get(time), path + ".time", line, errors);
                if (instant != null) {
                    bar.add("time", instant);
                }
                for (String column : PRICE_COLUMNS) {
                    number(record.get(columns.get(column)), path + "." + column, line, errors, bar, column);
                }
                String volume = columns.containsKey("volume") ? record.get(columns.get("volume")) : "0";
                number(volume.isEmpty() ? "0" : volume, path + ".volume", line, errors, bar, "volume");
                bars.add(bar);
                index++;
            }
            if (!errors.isEmpty()) {
                throw invalid(errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS)));
            }
            return bars.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new ApiException(ProblemType.BAD_REQUEST, "The bars CSV cannot be parsed: " + e.getMessage());
        }
    }

    private static String parseTime(String value, String path, long line, List<Problem.FieldProblem> errors) {
        try {
            return value.length() == 10
                    ? LocalDate.parse(value)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant()
                            .toString()
                    : Instant.parse(value).toString();
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldProblem(
                    path, "line " + line + ": '" + clip(value) + "' is not an ISO-8601 instant or date"));
            return null;
        }
    }

    private static void number(
            String value,
            String path,
            long line,
            List<Problem.FieldProblem> errors,
            jakarta.json.JsonObjectBuilder bar,
            String field) {
        try {
            double parsed = Double.parseDouble(value);
            if (!Double.isFinite(parsed)) {
                throw new NumberFormatException();
            }
            bar.add(field, parsed);
        } catch (NumberFormatException e) {
            errors.add(
                    new Problem.FieldProblem(path, "line " + line + ": '" + clip(value) + "' is not a finite number"));
        }
    }

    private static ApiException invalid(List<Problem.FieldProblem> errors) {
        return new ApiException(ProblemType.VALIDATION, "The bars CSV has " + errors.size() + " problem(s)", errors);
    }

    private static String clip(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
