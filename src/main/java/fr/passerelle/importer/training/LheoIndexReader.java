package fr.passerelle.importer.training;

import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.training.TeachingMode;
import fr.passerelle.domain.training.Training;
import fr.passerelle.domain.training.TrainingAction;
import fr.passerelle.domain.training.TrainingLevel;
import fr.passerelle.domain.training.TrainingSession;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.training.LheoElements.Certification;
import fr.passerelle.importer.training.LheoElements.Domain;
import fr.passerelle.importer.training.LheoElements.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Intercarif summary format ({@code <lheo-index><resumes-offres><resume-offre>}), one summary at a time.
 * A summary describes one session of one action; its @numero is {@code <action>_<session>}
 * (e.g. {@code 14_AF_0000066306_SE_0000262635}): the action part identifies both the training and the action
 * (the summary names no formation), the whole number the session. Summaries of the same action store the
 * training and action once. The summary has no price: prices stay unknown.
 */
final class LheoIndexReader {
    private static final Pattern ACTION_SESSION = Pattern.compile("(.+_AF_[0-9A-Za-z]+)_SE_[0-9A-Za-z]+");

    private final XmlCursor x;
    private final Emitter out;
    private final Runnable progress;
    private int summaries;

    LheoIndexReader(XmlCursor x, Emitter out, Runnable progress) {
        this.x = x;
        this.out = out;
        this.progress = progress;
    }

    /** Reads from the root element {@code lheo-index} (the cursor is on it). */
    int read() throws ImportException {
        while (x.nextChild()) {
            if (x.is("resumes-offres")) {
                while (x.nextChild()) {
                    if (x.is("resume-offre")) {
                        readSummary();
                        progress.run();
                    } else {
                        x.skip();
                    }
                }
            } else {
                x.skip();
            }
        }
        return summaries;
    }

    private void readSummary() throws ImportException {
        summaries++;
        out.countRead();
        Summary s = new Summary(x.attribute("numero"), summaries, x.line());
        while (x.nextChild()) {
            switch (x.name()) {
                case "domaine-formation" -> s.domain.read(x);
                case "intitule-formation" -> s.title = LheoElements.value(x, LheoValues::collapse);
                case "nom-organisme" -> {
                    s.providerNumero = x.attribute("numero");
                    s.providerName = LheoElements.shortText(x, 300);
                }
                case "SIRET" -> s.siret = LheoElements.value(x, LheoValues::siret);
                case "codepostal" -> s.postalCode = LheoElements.value(x, LheoValues::postalCode);
                case "code-INSEE-commune" -> s.insee = LheoElements.value(x, LheoValues::insee);
                case "ville" -> s.city = LheoElements.value(x, LheoValues::collapse);
                case "certifiante" -> s.certifying = LheoElements.value(x, LheoValues::flag);
                case "code-niveau-entree" -> s.entryLevel = LheoElements.value(x, LheoValues::level);
                case "modalites-enseignement" -> s.mode = LheoElements.value(x, LheoValues::teachingMode);
                case "nombre-heures-total" -> s.hours = LheoElements.value(x, LheoValues::hours);
                case "session" -> readSession(s);
                case "certification" -> s.certification.read(x);
                case "extras" -> s.extras.add(LheoExtras.read(x));
                default -> x.skip();
            }
        }
        if (s.title == null) {
            throw x.error(s.line, "resume-offre", ImportWords.say("import.lheo.noTitle"));
        }
        store(s);
    }

    private void store(Summary s) throws ImportException {
        TrainingLevel exitLevel = exitLevel(s.extras);
        LheoExtras.Point point = LheoExtras.point(x, s.extras);
        Boolean cpf = s.certification.cpf != null ? Boolean.TRUE : LheoExtras.cpfEligibility(x, s.extras);
        String id = s.actionId;
        if (out.firstTime(id)) {
            out.main(s.line, "resume-offre", out.build(s.line, "resume-offre", () -> new Training(id, s.title, null,
                    s.certifying, s.entryLevel, exitLevel, s.certification.rncp, s.certification.certifinfo,
                    s.certification.rs, s.siret, s.providerName, s.providerNumero, null)));
            for (Object code : out.build(s.line, "domaine-formation", () -> s.domain.formacodes(id))) {
                out.derived(s.line, "domaine-formation", code);
            }
            for (Object code : out.build(s.line, "domaine-formation", () -> s.domain.romes(id))) {
                out.derived(s.line, "domaine-formation", code);
            }
            Double latitude = point == null ? null : point.latitude();
            Double longitude = point == null ? null : point.longitude();
            out.derived(s.line, "resume-offre", out.build(s.line, "resume-offre", () -> new TrainingAction(id, id,
                    s.hours, null, null, null, null, s.mode, s.insee, s.postalCode, s.city, null, latitude, longitude,
                    cpf, null)));
        }
        for (int i = 0; i < s.periods.size(); i++) {
            String sessionId = s.periods.size() == 1 ? s.sessionBase : s.sessionBase + "/session-" + (i + 1);
            Period p = s.periods.get(i);
            Integer state = s.states.get(i);
            long at = s.sessionLines.get(i);
            out.derived(at, "session", out.build(at, "session",
                    () -> new TrainingSession(sessionId, id, p.start(), p.end(), state)));
        }
    }

    private void readSession(Summary s) throws ImportException {
        long line = x.line();
        Period period = null;
        Integer state = null;
        while (x.nextChild()) {
            switch (x.name()) {
                case "periode" -> period = Period.read(x);
                case "etat-recrutement" -> state = LheoElements.value(x, t -> LheoValues.code(t, 1, 3, ImportWords.say("import.lheo.recruitment")));
                default -> x.skip();
            }
        }
        if (period == null) {
            throw x.error(line, "session", ImportWords.say("import.lheo.missing", "periode"));
        }
        s.periods.add(period);
        s.states.add(state);
        s.sessionLines.add(line);
    }

    /** The exit level, which the summary carries in {@code <extras info="complements"><extra info="code-niveau-sortie">}. */
    private TrainingLevel exitLevel(List<LheoExtras.Block> extras) throws ImportException {
        for (LheoExtras.Block block : LheoExtras.all(extras)) {
            LheoExtras.Extra level = "complements".equals(block.info()) ? block.value("code-niveau-sortie") : null;
            if (level != null && level.text() != null) {
                try {
                    return LheoValues.level(level.text());
                } catch (IllegalArgumentException e) {
                    throw x.error(level.line(), "extra", ImportWords.say("import.lheo.named", "code-niveau-sortie", ImportWords.of(e)));
                }
            }
        }
        return null;
    }

    /** A summary being read. */
    private static final class Summary {
        final String actionId;
        final String sessionBase;
        final long line;
        final Domain domain = new Domain();
        final Certification certification = new Certification();
        final List<LheoExtras.Block> extras = new ArrayList<>();
        final List<Period> periods = new ArrayList<>();
        final List<Integer> states = new ArrayList<>();
        final List<Long> sessionLines = new ArrayList<>();
        String title;
        String providerName;
        String providerNumero;
        String siret;
        String postalCode;
        String city;
        InseeCode insee;
        Boolean certifying;
        TrainingLevel entryLevel;
        TeachingMode mode;
        Integer hours;

        Summary(String numero, int position, long line) {
            Matcher m = numero == null ? null : ACTION_SESSION.matcher(numero);
            this.actionId = numero == null ? "resume-offre-" + position : m.matches() ? m.group(1) : numero;
            this.sessionBase = numero == null ? actionId : numero;
            this.line = line;
        }
    }
}
