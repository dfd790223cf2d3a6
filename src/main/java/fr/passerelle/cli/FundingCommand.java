package fr.passerelle.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.passerelle.app.InvalidRequestException;
import fr.passerelle.app.PathRequest;
import fr.passerelle.app.ProfileResolver;
import fr.passerelle.app.Workstation;
import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import fr.passerelle.funding.FundingAnswer;
import fr.passerelle.funding.FundingCase;
import fr.passerelle.funding.FundingEngine;
import fr.passerelle.funding.FundingReadout;
import fr.passerelle.funding.FundingSession;
import fr.passerelle.funding.rules.RuleSet;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code funding}: who pays for a training, what is left for her, what she lives on meanwhile. */
@Command(name = "funding", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Qui paie la formation, ce qui reste à sa charge (certain et possible), sa rémunération pendant la "
                + "formation et les questions encore à poser, selon les règles de financement en vigueur.")
final class FundingCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    PasserelleCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--profile", paramLabel = "FICHIER", description = "Profil JSON (data-samples/personas/) ; les options ci-dessous le complètent")
    Path profile;
    @Option(names = "--status", paramLabel = "de|non-inscrit|salarie", description = "Demandeuse d'emploi inscrite (de), non inscrite, ou salariée")
    String status;
    @Option(names = "--age", paramLabel = "N", description = "Âge en années")
    String age;
    @Option(names = "--commune", paramLabel = "COMMUNE", description = "Commune où elle habite (code INSEE, code postal ou nom)")
    String commune;
    @Option(names = "--level", paramLabel = "NIVEAU", description = "Niveau : aucun, cap, bac, bac+2, bac+3, bac+5, bac+8")
    String level;
    @Option(names = "--cpf", paramLabel = "EUROS", description = "Solde CPF en euros")
    String cpf;
    @Option(names = "--allocation", paramLabel = "are|ass|rsa|aucune", description = "Allocation touchée aujourd'hui")
    String allocation;
    @Option(names = "--allocation-end", paramLabel = "DATE", description = "Date de fin de l'allocation (AAAA-MM-JJ)")
    String allocationEnd;
    @Option(names = "--rqth", description = "Elle a une RQTH (question facultative : jamais enregistrée)")
    Boolean rqth;
    @Option(names = "--employer-offer", description = "Un employeur s'engage à l'embaucher après la formation (POEI)")
    Boolean employerOffer;

    @Option(names = "--training", paramLabel = "ID", description = "Session du cache (champ session de path --json, ou son numéro LHEO)")
    String training;
    @Option(names = "--hours", paramLabel = "N", description = "Durée de la formation en heures")
    String hours;
    @Option(names = "--cost", paramLabel = "EUROS", description = "Prix de la formation en euros TTC")
    String cost;
    @Option(names = "--funders", paramLabel = "CODES", description = "Codes financeurs LHEO de la session, ex. 2,4,10")
    String funders;
    @Option(names = "--cpf-eligible", negatable = true, description = "Formation éligible (ou non : --no-cpf-eligible) au CPF")
    Boolean cpfEligible;
    @Option(names = "--title", paramLabel = "TEXTE", description = "Intitulé (reconnaît POEC, apprentissage...)")
    String title;
    @Option(names = "--training-commune", paramLabel = "COMMUNE", description = "Commune du lieu de formation")
    String trainingCommune;
    @Option(names = "--start", paramLabel = "DATE", description = "Date de début (AAAA-MM-JJ)")
    String start;
    @Option(names = "--end", paramLabel = "DATE", description = "Date de fin (AAAA-MM-JJ)")
    String end;

    @Option(names = "--on", paramLabel = "DATE", description = "Date du calcul (défaut : aujourd'hui)")
    String on;
    @Option(names = "--json", description = "Sortie JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            LocalDate date = on == null ? LocalDate.now() : FundingInputs.date("--on", on);
            PathRequest request = request();
            try (Workstation workstation = Workstation.open(parent.home())) {
                FundingPlaces places = new FundingPlaces(workstation);
                RuleSet rules = workstation.fundingRules().rules();
                FundingCase person = person(request, places);
                FundingSession session = training != null ? places.session(training) : manualSession(rules, places);
                FundingAnswer answer = new FundingEngine(rules).answer(person, session, date);
                if (json) {
                    Map<String, Object> root = new LinkedHashMap<>(FundingJson.of(answer));
                    root.put("person", FundingEcho.person(person));
                    root.put("session", FundingEcho.session(session));
                    root.put("rulesOrigin", workstation.fundingRules().describe());
                    out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
                } else {
                    // French by default, English with --lang en; the rules' own texts (schemes, conditions, sources) stay French.
                    MessageRenderer in = parent.language().reasons();
                    out.println(FundingEcho.header(person, session, in));
                    FundingReadout.detail(answer, in).forEach(out::println);
                    out.println();
                    out.println(in.render(Message.of("funding.echo.rules", Param.label(workstation.fundingRules().describe(in)))));
                }
                return 0;
            }
        } catch (InvalidRequestException e) {
            err.println("passerelle funding: " + e.text(parent.language().reasons()));
            e.suggestions().forEach(s -> err.println("  " + s));
            return 2;
        } catch (OptionRefusal e) {
            OutputWords words = new OutputWords(parent.language());
            err.println("passerelle funding: " + e.text(words));
            e.suggestions(words).forEach(s -> err.println("  " + s));
            return 2;
        }
    }

    /** The person's side: the persona file if given, completed or overridden by the options. */
    private PathRequest request() throws InvalidRequestException, OptionRefusal {
        if (profile == null && status == null) {
            throw new OptionRefusal("funding.status.missing");
        }
        if (training == null && (hours == null || cost == null)) {
            throw new OptionRefusal("funding.training.missing");
        }
        if (training != null && (hours != null || cost != null || funders != null || title != null)) {
            throw new OptionRefusal("funding.training.both");
        }
        BigDecimal cpfEuros = FundingInputs.euros("--cpf", cpf);
        PathRequest typed = new PathRequest(null, null, commune, null, level, null, cpfEuros, null, null, null, status,
                FundingInputs.age(age), allocation, allocationEnd);
        return profile == null ? typed : PathRequest.fromFile(profile).overriddenBy(typed);
    }

    private FundingCase person(PathRequest r, FundingPlaces places) throws InvalidRequestException, OptionRefusal {
        ProfileResolver.Situation s = ProfileResolver.situation(r);
        if (r.level() != null && EducationLevel.parse(r.level()).isEmpty()) {
            throw new OptionRefusal("funding.level", r.level());
        }
        Long cpfCents = r.cpfEuros() == null ? null : FundingInputs.cents(FundingInputs.euros(OptionRefusal.word("funding.field.cpf"), r.cpfEuros().toPlainString()));
        String departement = r.commune() == null ? null : places.departement("--commune", r.commune());
        return new FundingCase(s.status(), s.age(), s.allocation(), s.allocationEnd(), cpfCents, rqth, departement,
                employerOffer, null);
    }

    private FundingSession manualSession(RuleSet rules, FundingPlaces places) throws OptionRefusal {
        LocalDate startDate = FundingInputs.date("--start", start);
        LocalDate endDate = FundingInputs.date("--end", end);
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new OptionRefusal("funding.end.beforeStart", OptionRefusal.date(endDate), OptionRefusal.date(startDate));
        }
        String departement = trainingCommune == null ? null : places.departement("--training-commune", trainingCommune);
        return new FundingSession(title, FundingInputs.hours(hours), FundingInputs.cents(FundingInputs.euros("--cost", cost)),
                FundingInputs.funders(funders, rules), cpfEligible, startDate, endDate, departement);
    }
}
