package fr.passerelle.importer.training;

import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.training.FormacodeCode;
import fr.passerelle.domain.training.LheoDate;
import fr.passerelle.domain.training.TrainingFormacode;
import fr.passerelle.domain.training.TrainingRome;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Readers of the LHEO elements that full documents ({@code lheo}) and summaries ({@code lheo-index}) share. */
final class LheoElements {

    private LheoElements() {
    }

    /** Parses the text of the current element; a refused value becomes {@code file:line: element: why}. */
    static <T> T value(XmlCursor x, Parser<T> parser) throws ImportException {
        long line = x.line();
        String element = x.name();
        String text = x.text();
        try {
            return parser.parse(text);
        } catch (IllegalArgumentException e) {
            throw x.error(line, element, ImportWords.of(e));
        }
    }

    /** Text of at most {@code max} characters (codes, names), whitespace collapsed; null for empty or "-". */
    static String shortText(XmlCursor x, int max) throws ImportException {
        return value(x, text -> {
            String value = LheoValues.freeText(LheoValues.collapse(text));
            if (value != null && value.length() > max) {
                throw ImportWords.invalid("import.lheo.tooLong", value, value.length(), max);
            }
            return value;
        });
    }

    /** A text-to-value parser that throws IllegalArgumentException. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(String text);
    }

    /** {@code domaine-formation}: Formacode descriptors (first, or the one tagged "principal", is the main one) and ROME codes. */
    static final class Domain {
        private final Map<FormacodeCode, String> formacodes = new LinkedHashMap<>();
        private FormacodeCode tagged;
        private final Set<RomeCode> romes = new LinkedHashSet<>();

        void read(XmlCursor x) throws ImportException {
            while (x.nextChild()) {
                if (x.is("code-FORMACODE")) {
                    String version = x.attribute("ref");
                    boolean principal = "principal".equalsIgnoreCase(x.attribute("tag"));
                    FormacodeCode code = value(x, LheoValues::formacode);
                    formacodes.putIfAbsent(code, version);
                    if (principal && tagged == null) {
                        tagged = code;
                    }
                } else if (x.is("code-ROME")) {
                    romes.add(value(x, LheoValues::rome));
                } else {
                    x.skip();
                }
            }
        }

        List<TrainingFormacode> formacodes(String trainingId) {
            List<TrainingFormacode> out = new ArrayList<>();
            FormacodeCode principal = tagged != null ? tagged
                    : formacodes.isEmpty() ? null : formacodes.keySet().iterator().next();
            formacodes.forEach((code, version) -> out.add(new TrainingFormacode(trainingId, code, code.equals(principal), version)));
            return out;
        }

        List<TrainingRome> romes(String trainingId) {
            return romes.stream().map(code -> new TrainingRome(trainingId, code)).toList();
        }
    }

    /** {@code certification} (0..5): the first RNCP, CertifInfo, RS and CPF codes given. */
    static final class Certification {
        String rncp;
        String certifinfo;
        String rs;
        String cpf;

        void read(XmlCursor x) throws ImportException {
            while (x.nextChild()) {
                switch (x.name()) {
                    case "code-RNCP" -> rncp = first(rncp, shortText(x, 12));
                    case "code-CERTIFINFO" -> certifinfo = first(certifinfo, shortText(x, 12));
                    case "code-RS" -> rs = first(rs, shortText(x, 12));
                    case "code-CPF" -> cpf = first(cpf, shortText(x, 12));
                    default -> x.skip();
                }
            }
        }

        private static String first(String current, String candidate) {
            return current != null ? current : candidate;
        }
    }

    /** {@code periode}: start and end, both required, the end not before the start. */
    record Period(LheoDate start, LheoDate end) {
        static Period read(XmlCursor x) throws ImportException {
            long line = x.line();
            LheoDate start = null;
            LheoDate end = null;
            while (x.nextChild()) {
                switch (x.name()) {
                    case "debut" -> start = value(x, LheoValues::date);
                    case "fin" -> end = value(x, LheoValues::date);
                    default -> x.skip();
                }
            }
            if (start == null || end == null) {
                throw x.error(line, "periode", ImportWords.say("import.lheo.missing", start == null ? "debut" : "fin"));
            }
            if (start.isKnown() && end.isKnown() && end.latest().isBefore(start.earliest())) {
                throw x.error(line, "periode", ImportWords.say("import.lheo.endBeforeStart", end, start));
            }
            return new Period(start, end);
        }
    }
}
