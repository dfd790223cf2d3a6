package fr.passerelle.importer.training;

import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.Money;
import fr.passerelle.domain.training.TeachingMode;
import fr.passerelle.domain.training.Training;
import fr.passerelle.domain.training.TrainingAction;
import fr.passerelle.domain.training.TrainingFunder;
import fr.passerelle.domain.training.TrainingLevel;
import fr.passerelle.domain.training.TrainingSession;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.training.LheoElements.Certification;
import fr.passerelle.importer.training.LheoElements.Domain;
import fr.passerelle.importer.training.LheoElements.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a full LHEO document ({@code <lheo><offres><formation>...}), one formation at a time: the formation is
 * gathered with its actions and sessions, checked, stored, then forgotten. Identifiers are the @numero attributes,
 * or, when absent, their position ({@code formation-3}, {@code formation-3/action-1}, {@code .../session-2}).
 */
final class LheoOffersReader {
    private final XmlCursor x;
    private final Emitter out;
    private final Runnable progress;
    private int formations;

    LheoOffersReader(XmlCursor x, Emitter out, Runnable progress) {
        this.x = x;
        this.out = out;
        this.progress = progress;
    }

    /** Reads from the root element {@code lheo} (the cursor is on it). */
    int read() throws ImportException {
        long line = x.line();
        boolean offers = false;
        while (x.nextChild()) {
            if (x.is("offres")) {
                offers = true;
                readOffers();
            } else {
                x.skip();
            }
        }
        if (!offers) {
            throw x.error(line, "lheo", ImportWords.say("import.lheo.missing", "offres"));
        }
        return formations;
    }

    private void readOffers() throws ImportException {
        long line = x.line();
        while (x.nextChild()) {
            if (x.is("formation")) {
                readFormation();
                progress.run();
            } else {
                x.skip();
            }
        }
        if (formations == 0) {
            throw x.error(line, "offres", ImportWords.say("import.lheo.noTraining"));
        }
    }

    private void readFormation() throws ImportException {
        formations++;
        Formation f = new Formation(id(x.attribute("numero"), "formation-" + formations), x.line());
        out.countRead();
        while (x.nextChild()) {
            switch (x.name()) {
                case "domaine-formation" -> f.domain.read(x);
                case "intitule-formation" -> f.title = LheoElements.value(x, LheoValues::collapse);
                case "objectif-formation" -> f.objective = LheoElements.value(x, LheoValues::freeText);
                case "certifiante" -> f.certifying = LheoElements.value(x, LheoValues::flag);
                case "code-niveau-entree" -> f.entryLevel = LheoElements.value(x, LheoValues::level);
                case "code-niveau-sortie" -> f.exitLevel = LheoElements.value(x, LheoValues::level);
                case "certification" -> f.certification.read(x);
                case "action" -> f.actions.add(readAction(f));
                case "organisme-formation-responsable" -> readProvider(f);
                case "extras" -> f.extras.add(LheoExtras.read(x));
                default -> x.skip();
            }
        }
        if (f.title == null) {
            throw x.error(f.line, "formation", ImportWords.say("import.lheo.noTitle"));
        }
        if (f.actions.isEmpty()) {
            throw x.error(f.line, "formation", ImportWords.say("import.lheo.noAction"));
        }
        store(f);
    }

    private Action readAction(Formation f) throws ImportException {
        Action a = new Action(id(x.attribute("numero"), f.id + "/action-" + (f.actions.size() + 1)), x.line());
        while (x.nextChild()) {
            switch (x.name()) {
                case "modalites-enseignement" -> a.mode = LheoElements.value(x, LheoValues::teachingMode);
                case "conditions-specifiques" -> a.conditions = LheoElements.value(x, LheoValues::freeText);
                case "lieu-de-formation" -> {
                    if (a.place == null) {
                        a.place = readPlace();
                    } else {
                        x.skip();   // LHEO 2.3 allows several places; the first is kept
                    }
                }
                case "session" -> a.sessions.add(readSession(a));
                case "prix-horaire-TTC" -> a.hourlyPrice = LheoElements.value(x, LheoValues::price);
                case "prix-total-TTC" -> a.totalPrice = LheoElements.value(x, LheoValues::price);
                case "nombre-heures-centre" -> a.hoursCentre = LheoElements.value(x, LheoValues::hours);
                case "nombre-heures-entreprise" -> a.hoursCompany = LheoElements.value(x, LheoValues::hours);
                case "nombre-heures-total" -> a.hoursTotal = LheoElements.value(x, LheoValues::hours);
                case "organisme-financeur" -> readFunder(a);
                case "extras" -> a.extras.add(LheoExtras.read(x));
                default -> x.skip();
            }
        }
        if (a.sessions.isEmpty()) {
            throw x.error(a.line, "action", ImportWords.say("import.lheo.noSession"));
        }
        LheoExtras.Point point = LheoExtras.point(x, a.extras);
        if (point != null) {
            a.place = (a.place == null ? new Place() : a.place).withPoint(point);
        }
        a.cpf = LheoExtras.cpfEligibility(x, a.extras);
        return a;
    }

    private TrainingSession readSession(Action a) throws ImportException {
        String id = id(x.attribute("numero"), a.id + "/session-" + (a.sessions.size() + 1));
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
        Period p = period;
        Integer s = state;
        return out.build(line, "session", () -> new TrainingSession(id, a.id, p.start(), p.end(), s));
    }

    private void readFunder(Action a) throws ImportException {
        long line = x.line();
        Integer code = null;
        Integer places = null;
        while (x.nextChild()) {
            switch (x.name()) {
                case "code-financeur" -> code = LheoElements.value(x, t -> LheoValues.code(t, 0, 20, ImportWords.say("import.lheo.funder")));
                case "nb-places-financees" -> places = LheoElements.value(x, LheoValues::count);
                default -> x.skip();
            }
        }
        if (code == null) {
            throw x.error(line, "organisme-financeur", ImportWords.say("import.lheo.missing", "code-financeur"));
        }
        int c = code;
        Integer p = places;
        if (a.funders.stream().noneMatch(f -> f.funderCode() == c)) {   // a repeated funder is kept once
            a.funders.add(out.build(line, "organisme-financeur", () -> new TrainingFunder(a.id, c, p)));
        }
    }

    /** {@code lieu-de-formation}: its {@code coordonnees/adresse}, with geolocalisation as element or extras. */
    private Place readPlace() throws ImportException {
        Place place = new Place();
        List<LheoExtras.Block> extras = new ArrayList<>();
        while (x.nextChild()) {
            if (x.is("coordonnees")) {
                while (x.nextChild()) {
                    if (x.is("adresse")) {
                        readAddress(place, extras);
                    } else if (x.is("extras")) {
                        extras.add(LheoExtras.read(x));
                    } else {
                        x.skip();
                    }
                }
            } else if (x.is("extras")) {
                extras.add(LheoExtras.read(x));
            } else {
                x.skip();
            }
        }
        return place.latitude == null ? place.withPoint(LheoExtras.point(x, extras)) : place;
    }

    private void readAddress(Place place, List<LheoExtras.Block> extras) throws ImportException {
        List<String> lines = new ArrayList<>();
        while (x.nextChild()) {
            switch (x.name()) {
                case "ligne" -> {
                    String line = LheoElements.value(x, t -> LheoValues.freeText(LheoValues.collapse(t)));
                    if (line != null) {
                        lines.add(line);
                    }
                }
                case "codepostal" -> place.postalCode = LheoElements.value(x, LheoValues::postalCode);
                case "ville" -> place.city = LheoElements.value(x, LheoValues::collapse);
                case "code-INSEE-commune" -> place.insee = LheoElements.value(x, LheoValues::insee);
                case "geolocalisation" -> readGeolocation(place);
                case "extras" -> extras.add(LheoExtras.read(x));
                default -> x.skip();
            }
        }
        place.addressLine = lines.isEmpty() ? null : String.join(", ", lines);
    }

    private void readGeolocation(Place place) throws ImportException {
        long line = x.line();
        while (x.nextChild()) {
            switch (x.name()) {
                case "latitude" -> place.latitude = LheoElements.value(x, t -> LheoValues.degrees(t, 90, "latitude"));
                case "longitude" -> place.longitude = LheoElements.value(x, t -> LheoValues.degrees(t, 180, "longitude"));
                default -> x.skip();
            }
        }
        if ((place.latitude == null) != (place.longitude == null)) {
            throw x.error(line, "geolocalisation", ImportWords.say("import.lheo.latLon"));
        }
    }

    private void readProvider(Formation f) throws ImportException {
        f.providerNumero = x.attribute("numero");
        String name = null;
        String corporateName = null;
        while (x.nextChild()) {
            switch (x.name()) {
                case "numero-activite" -> f.activityNumber = LheoElements.shortText(x, 11);
                case "SIRET-organisme-formation" -> {
                    while (x.nextChild()) {
                        if (x.is("SIRET")) {
                            f.siret = LheoElements.value(x, LheoValues::siret);
                        } else {
                            x.skip();
                        }
                    }
                }
                case "nom-organisme" -> name = LheoElements.shortText(x, 300);
                case "raison-sociale" -> corporateName = LheoElements.shortText(x, 300);
                default -> x.skip();
            }
        }
        f.providerName = name != null ? name : corporateName;
    }

    private void store(Formation f) throws ImportException {
        Boolean formationCpf = LheoExtras.cpfEligibility(x, f.extras);
        if (f.certification.cpf != null) {
            formationCpf = true;   // LHEO 2.3 certification/code-CPF: listed as eligible to the CPF
        }
        Training training = out.build(f.line, "formation", () -> new Training(f.id, f.title, f.objective, f.certifying,
                f.entryLevel, f.exitLevel, f.certification.rncp, f.certification.certifinfo, f.certification.rs, f.siret,
                f.providerName, f.providerNumero, f.activityNumber));
        out.main(f.line, "formation", training);
        for (Object code : out.build(f.line, "domaine-formation", () -> f.domain.formacodes(f.id))) {
            out.derived(f.line, "domaine-formation", code);
        }
        for (Object code : out.build(f.line, "domaine-formation", () -> f.domain.romes(f.id))) {
            out.derived(f.line, "domaine-formation", code);
        }
        for (Action a : f.actions) {
            Boolean cpf = a.cpf != null ? a.cpf : formationCpf;
            Place p = a.place == null ? new Place() : a.place;
            TrainingAction action = out.build(a.line, "action", () -> new TrainingAction(a.id, f.id, a.hoursTotal,
                    a.hoursCentre, a.hoursCompany, a.totalPrice, a.hourlyPrice, a.mode, p.insee, p.postalCode, p.city,
                    p.addressLine, p.latitude, p.longitude, cpf, a.conditions));
            out.derived(a.line, "action", action);
            for (TrainingFunder funder : a.funders) {
                out.derived(a.line, "organisme-financeur", funder);
            }
            for (TrainingSession session : a.sessions) {
                out.derived(a.line, "session", session);
            }
        }
    }

    private static String id(String numero, String positional) {
        return numero != null ? numero : positional;
    }

    /** A formation being read. */
    private static final class Formation {
        final String id;
        final long line;
        final Domain domain = new Domain();
        final Certification certification = new Certification();
        final List<Action> actions = new ArrayList<>();
        final List<LheoExtras.Block> extras = new ArrayList<>();
        String title;
        String objective;
        Boolean certifying;
        TrainingLevel entryLevel;
        TrainingLevel exitLevel;
        String siret;
        String providerName;
        String providerNumero;
        String activityNumber;

        Formation(String id, long line) {
            this.id = id;
            this.line = line;
        }
    }

    /** An action being read; its sessions and funders are already records. */
    private static final class Action {
        final String id;
        final long line;
        final List<TrainingSession> sessions = new ArrayList<>();
        final List<TrainingFunder> funders = new ArrayList<>();
        final List<LheoExtras.Block> extras = new ArrayList<>();
        TeachingMode mode;
        String conditions;
        Place place;
        Money hourlyPrice;
        Money totalPrice;
        Integer hoursCentre;
        Integer hoursCompany;
        Integer hoursTotal;
        Boolean cpf;

        Action(String id, long line) {
            this.id = id;
            this.line = line;
        }
    }

    /** The training place of an action. */
    static final class Place {
        String addressLine;
        String postalCode;
        String city;
        InseeCode insee;
        Double latitude;
        Double longitude;

        /** Takes the point when this place has no coordinates of its own. */
        Place withPoint(LheoExtras.Point point) {
            if (point != null && latitude == null) {
                latitude = point.latitude();
                longitude = point.longitude();
            }
            return this;
        }
    }
}
