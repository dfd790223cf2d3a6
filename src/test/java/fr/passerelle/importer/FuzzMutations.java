package fr.passerelle.importer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutations of an official file for {@link ImporterFuzzTest}, each with what the importer must do: accept the result,
 * refuse it, or either (a mutation that may or may not break the file, depending on the format). Every mutation is
 * deterministic for a given seed.
 */
enum FuzzMutations {
    TRUNCATED_HALF(Outcome.EITHER, (text, r) -> text.substring(0, text.length() / 2)),
    /** Refused when the cut leaves a record short of fields; a cut inside the last field of a CSV cannot be seen. */
    TRUNCATED_MID_LINE(Outcome.EITHER, (text, r) -> {
        int third = Math.min(nthLineStart(text, 3), text.length() / 2);
        int next = text.indexOf('\n', third);
        return text.substring(0, third + Math.max(1, ((next < 0 ? text.length() : next) - third) / 2));
    }),
    COLUMN_REMOVED(Outcome.EITHER, (text, r) -> mapFields(text, fields -> fields.size() > 2 ? remove(fields, 1) : fields)),
    COLUMNS_SWAPPED_IN_DATA(Outcome.EITHER, (text, r) -> mapDataFields(text, fields -> swap(fields, 0, 1))),
    COLUMN_ADDED(Outcome.EITHER, (text, r) -> mapFields(text, fields -> add(fields, "colonne_en_trop"))),
    DUPLICATE_LINE(Outcome.EITHER, (text, r) -> {
        List<String> lines = lines(text);
        lines.add(Math.min(2, lines.size()), lines.get(Math.min(1, lines.size() - 1)));
        return String.join("\n", lines) + "\n";
    }),
    UNKNOWN_REFERENCE(Outcome.EITHER, (text, r) -> replaceFirstAfterHeader(text, "(?<![A-Z0-9])[A-N][0-9]{4}(?![0-9])", "Z9999")),
    HUGE_NUMBER(Outcome.EITHER, (text, r) -> replaceFirstAfterHeader(text, "(?<![0-9A-Za-z.])[0-9]{2,}(?![0-9A-Za-z])",
            "1000000000000000000000000000000")),
    LONG_TEXT(Outcome.EITHER, (text, r) -> replaceFirstAfterHeader(text, "[A-Za-zéèà]{5,}", "x".repeat(100_000))),
    STRAY_QUOTE(Outcome.REFUSE, (text, r) -> {
        int second = nthLineStart(text, 2);
        int at = Math.min(second + 2, text.length() / 2);
        return text.substring(0, at) + "\"" + text.substring(at);
    }),
    HEADER_ONLY(Outcome.REFUSE, (text, r) -> text.substring(0, nthLineStart(text, 2))),
    EMPTY(Outcome.REFUSE, (text, r) -> ""),
    CRLF(Outcome.ACCEPT, (text, r) -> text.replace("\r\n", "\n").replace("\n", "\r\n")),
    NO_FINAL_NEWLINE(Outcome.ACCEPT, (text, r) -> text.stripTrailing()),
    DATA_LINES_SHUFFLED(Outcome.EITHER, (text, r) -> {
        List<String> lines = lines(text);
        if (lines.size() < 3) {
            return text;
        }
        List<String> data = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.shuffle(data, r);
        return lines.get(0) + "\n" + String.join("\n", data) + "\n";
    });

    /** Byte-level mutations: encodings and garbage. */
    enum Bytes {
        BYTE_ORDER_MARK(Outcome.ACCEPT, (bytes, r) -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes)),
        LATIN1(Outcome.EITHER, (bytes, r) -> new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1)),
        UTF16(Outcome.EITHER, (bytes, r) -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE))),
        BINARY_GARBAGE(Outcome.REFUSE, (bytes, r) -> {
            byte[] copy = bytes.clone();
            int at = copy.length / 2;
            for (int i = 0; i < 64 && at + i < copy.length; i++) {
                copy[at + i] = (byte) (0xF8 | r.nextInt(8)); // never valid in UTF-8
            }
            return copy;
        }),
        BINARY_FILE(Outcome.REFUSE, (bytes, r) -> {
            byte[] garbage = new byte[4096];
            r.nextBytes(garbage);
            return garbage;
        });

        final Outcome outcome;
        final BiFunction<byte[], Random, byte[]> apply;

        Bytes(Outcome outcome, BiFunction<byte[], Random, byte[]> apply) {
            this.outcome = outcome;
            this.apply = apply;
        }
    }

    /** What the importer must do with a mutated file. */
    enum Outcome { ACCEPT, REFUSE, EITHER }

    final Outcome outcome;
    final BiFunction<String, Random, String> apply;

    FuzzMutations(Outcome outcome, BiFunction<String, Random, String> apply) {
        this.outcome = outcome;
        this.apply = apply;
    }

    /** Where line {@code n} starts (the end of the text when it has fewer lines). */
    private static int nthLineStart(String text, int n) {
        int at = 0;
        for (int i = 1; i < n; i++) {
            int next = text.indexOf('\n', at);
            if (next < 0) {
                return text.length();
            }
            at = next + 1;
        }
        return at;
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(text.lines().toList());
    }

    private static String replaceFirstAfterHeader(String text, String regex, String with) {
        int second = nthLineStart(text, 2);
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find(second)) {
            return text;
        }
        return text.substring(0, m.start()) + with + text.substring(m.end());
    }

    /** Applies a change to the fields of every line, split on commas outside quotes (CSV; other text is one field). */
    private static String mapFields(String text, java.util.function.UnaryOperator<List<String>> change) {
        StringBuilder out = new StringBuilder();
        for (String line : text.lines().toList()) {
            out.append(String.join(",", change.apply(split(line)))).append('\n');
        }
        return out.toString();
    }

    private static String mapDataFields(String text, java.util.function.UnaryOperator<List<String>> change) {
        List<String> lines = lines(text);
        StringBuilder out = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            out.append(String.join(",", change.apply(split(line)))).append('\n');
        }
        return out.toString();
    }

    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(line.substring(start, i));
                start = i + 1;
            }
        }
        fields.add(line.substring(start));
        return fields;
    }

    private static List<String> remove(List<String> fields, int index) {
        List<String> copy = new ArrayList<>(fields);
        copy.remove(index);
        return copy;
    }

    private static List<String> swap(List<String> fields, int a, int b) {
        List<String> copy = new ArrayList<>(fields);
        if (copy.size() > Math.max(a, b)) {
            Collections.swap(copy, a, b);
        }
        return copy;
    }

    private static List<String> add(List<String> fields, String value) {
        List<String> copy = new ArrayList<>(fields);
        copy.add(value);
        return copy;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
