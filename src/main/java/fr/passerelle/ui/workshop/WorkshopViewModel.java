package fr.passerelle.ui.workshop;

import fr.passerelle.app.PathRequest;
import fr.passerelle.app.PathService;
import fr.passerelle.app.Personas;
import fr.passerelle.engine.MarketQuery;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.export.WorkshopSheetWriter;
import fr.passerelle.ui.common.DialogService;
import fr.passerelle.ui.common.FrenchFormats;
import fr.passerelle.ui.common.Messages;
import fr.passerelle.ui.common.TaskRunner;
import fr.passerelle.ui.market.MarketSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The workshop mode: a trainer walks a group through a fictional persona's market, path and trainings, one idea per
 * screen, then prints one sheet per participant. Nothing personal is asked, shown or kept: personas are fictional
 * (the bundled four, or files the trainer writes where they choose), the sheets are made out to participant numbers.
 */
public final class WorkshopViewModel {
    /** Lines on one projected screen: more would not be read from the back of the room. */
    public static final int MAX_LINES = 6;
    /** Occupations of the path shown per horizon. */
    public static final int PATH_LIMIT = 3;

    private final PathService paths;
    private final MarketSource market;
    private final WorkshopSheets sheets;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<Personas.Persona> personas = FXCollections.observableArrayList();
    private final ObjectProperty<Personas.Persona> persona = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkshopStep> step = new SimpleObjectProperty<>(WorkshopStep.PERSONA);
    private final ObjectProperty<PathResult> path = new SimpleObjectProperty<>();
    private final ObservableList<TargetOccupation> targets = FXCollections.observableArrayList();
    private final ObjectProperty<TargetOccupation> target = new SimpleObjectProperty<>();
    private final StringProperty stepTitle = new SimpleStringProperty();
    private final StringProperty headline = new SimpleStringProperty();
    private final StringProperty idea = new SimpleStringProperty();
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final IntegerProperty participants = new SimpleIntegerProperty(12);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private List<String> marketLines = List.of();
    private String marketIdea = "";
    private long generation;

    public WorkshopViewModel(PathService paths, MarketSource market, WorkshopSheets sheets, TaskRunner tasks,
                             DialogService dialogs, Messages messages, List<Personas.Persona> bundled) {
        this.paths = paths;
        this.market = market;
        this.sheets = sheets;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        personas.setAll(bundled);
        persona.addListener((obs, o, p) -> prepare(p));
        target.addListener((obs, o, t) -> render());
        step.addListener((obs, o, s) -> render());
        render();
    }

    /** Computes the chosen persona's path and local market in the background. */
    private void prepare(Personas.Persona p) {
        path.set(null);
        targets.clear();
        target.set(null);
        marketLines = List.of();
        if (p == null) {
            render();
            return;
        }
        long mine = ++generation;
        busy.set(true);
        message.set(messages.get("workshop.computing", p.name()));
        PathRequest request = p.request();
        tasks.run(null, progress -> {
            PathResult result = paths.path(request, PATH_LIMIT);
            MarketQuery.Answer answer = new MarketQuery(market.index()).aroundCommune(result.profile().commune().value(),
                    result.profile().radiusKm());
            return new Prepared(result, answer, market.index().market().tensionYear());
        }, prepared -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            message.set("");
            marketIdea = messages.get("workshop.market.idea", FrenchFormats.number(prepared.answer().zone().radiusKm()),
                    String.valueOf(prepared.year()));
            List<String> top = new ArrayList<>();
            prepared.answer().rows().stream().limit(MAX_LINES).forEach(r -> top.add(messages.get("workshop.market.line",
                    r.label(), FrenchFormats.number(Math.round(r.offers())), r.tension() == null ? "—" : r.tension() + " / 5")));
            marketLines = top;
            path.set(prepared.path());
            targets.setAll(prepared.path().occupations());
            target.set(targets.isEmpty() ? null : targets.get(0));
            render();
        }, failure -> {
            if (mine == generation) {
                busy.set(false);
                message.set(messages.get("workshop.failed", String.valueOf(failure.getMessage())));
            }
        });
    }

    private record Prepared(PathResult path, MarketQuery.Answer answer, int year) {
    }

    /**
     * Opens on a persona (a file given at start) and, once her path is computed, on her market: the bundled persona of
     * the same name when there is one (with her story), else the file's.
     */
    public void open(PathRequest request) {
        Personas.Persona p = personas.stream().filter(b -> b.name() != null && b.name().equals(request.name())
                && b.request().equals(request)).findFirst().orElse(new Personas.Persona(null, request.name(), "", request));
        path.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends PathResult> obs, PathResult o, PathResult computed) {
                if (computed != null) {
                    path.removeListener(this);
                    step.set(WorkshopStep.MARKET);
                }
            }
        });
        if (!personas.contains(p)) {
            add(p);
        } else {
            persona.set(p);
        }
    }

    public void next() {
        if (step.get() == WorkshopStep.PERSONA && path.get() == null) {
            message.set(messages.get(persona.get() == null ? "workshop.choose.first" : "workshop.wait"));
            return;
        }
        step.set(step.get().next());
    }

    public void previous() {
        step.set(step.get().previous());
    }

    /** What the current screen says: its title, its one idea, at most {@value #MAX_LINES} lines. */
    private void render() {
        WorkshopStep s = step.get();
        stepTitle.set(messages.get("workshop.step", s.ordinal() + 1, WorkshopStep.values().length, messages.get(s.key())));
        PathResult p = path.get();
        Personas.Persona who = persona.get();
        List<String> out = new ArrayList<>();
        switch (s) {
            case PERSONA -> {
                headline.set(messages.get("workshop.persona.title"));
                idea.set(who == null ? messages.get("workshop.persona.idea") : who.name() + " : " + who.description());
            }
            case MARKET -> {
                headline.set(messages.get("workshop.market.title", p == null ? "" : p.communeName()));
                idea.set(marketIdea);
                out.addAll(marketLines);
            }
            case PATH -> {
                headline.set(messages.get("workshop.path.title", who == null ? "" : who.name(), p == null ? "" : p.sourceLabel()));
                idea.set(messages.get("workshop.path.idea"));
                if (p != null) {
                    p.occupations().stream().limit(MAX_LINES + 3L).forEach(t -> out.add(t.horizon().label() + " · " + t.label()));
                }
            }
            case TRAININGS -> trainings(target.get(), out);
            case SHEETS -> {
                headline.set(messages.get("workshop.sheets.title"));
                idea.set(messages.get("workshop.sheets.idea", who == null ? "" : who.name(),
                        target.get() == null ? "" : target.get().label()));
            }
        }
        lines.setAll(out);
    }

    private void trainings(TargetOccupation t, List<String> out) {
        headline.set(messages.get("workshop.trainings.title", t == null ? "" : t.label()));
        if (t == null) {
            idea.set(messages.get("workshop.trainings.none"));
            return;
        }
        if (t.noTrainingNeeded()) {
            idea.set(messages.get("workshop.trainings.notNeeded"));
            return;
        }
        if (t.trainings().isEmpty()) {
            // She may already accept distance learning: then it was searched too and is not a suggestion.
            boolean remote = path.get().profile().remote();
            idea.set(messages.get(remote ? "workshop.trainings.notFound.remote" : "workshop.trainings.notFound",
                    FrenchFormats.number(path.get().profile().radiusKm())));
            return;
        }
        idea.set(messages.get("workshop.trainings.idea", FrenchFormats.number(t.trainingsFound())));
        for (TrainingOption o : t.trainings().stream().limit(MAX_LINES).toList()) {
            String where = o.remote() ? messages.get("workshop.trainings.remote") : o.city() == null ? "" : o.city();
            String hours = o.hours() == null ? "" : ", " + FrenchFormats.hours(o.hours());
            String start = o.start() == null ? "" : ", " + messages.get("workshop.trainings.start", FrenchFormats.date(o.start()));
            String left = o.remainingCents() == null ? "" : ", " + messages.get("workshop.trainings.left", FrenchFormats.money(o.remainingCents()));
            out.add(o.title() + " — " + where + hours + start + left);
        }
    }

    /** Prints one sheet per participant into one PDF the trainer places. */
    public void printSheets() {
        PathResult p = path.get();
        TargetOccupation t = target.get();
        Personas.Persona who = persona.get();
        if (p == null || t == null) {
            message.set(messages.get("workshop.sheets.nothing"));
            return;
        }
        int n = participants.get();
        if (n < 1 || n > WorkshopSheetWriter.MAX_PARTICIPANTS) {
            message.set(messages.get("workshop.sheets.count", WorkshopSheetWriter.MAX_PARTICIPANTS));
            return;
        }
        Optional<Path> out = dialogs.chooseFileToSave(messages.get("workshop.sheets.save"),
                "atelier-" + safe(who.name()) + ".pdf", new DialogService.FileType(messages.get("plan.type.pdf"), "*.pdf"));
        if (out.isEmpty()) {
            return;
        }
        busy.set(true);
        message.set(messages.get("workshop.sheets.writing", n));
        tasks.run(messages.get("workshop.sheets.task"), progress -> {
            sheets.write(p, t.rome(), who.name(), n, paths.today(), out.get());
            return out.get();
        }, file -> {
            busy.set(false);
            message.set(messages.get("workshop.sheets.done", n, file.toString()));
        }, failure -> {
            busy.set(false);
            message.set(messages.get("workshop.sheets.failed", String.valueOf(failure.getMessage())));
        });
    }

    private static String safe(String name) {
        String s = name == null ? "persona" : java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT);
        return s.isBlank() ? "persona" : s;
    }

    /** Opens a persona file the trainer kept; it joins the list and is chosen. */
    public void openPersona() {
        dialogs.chooseFileToOpen(messages.get("workshop.persona.open"), null,
                new DialogService.FileType(messages.get("workshop.persona.type"), "*.json")).ifPresent(file -> {
                    try {
                        add(PersonaFiles.read(file));
                    } catch (fr.passerelle.app.InvalidRequestException e) {
                        message.set(e.text(messages.reasons()));
                    }
                });
    }

    /**
     * Creates a persona from the form: checked against the data (job and commune known) in the background, then saved
     * where the trainer chooses, added to the list and chosen. Refusals name the field, in French.
     */
    public void createPersona(PersonaDraft draft) {
        Optional<String> problem = draft.problem(messages);
        if (problem.isPresent()) {
            message.set(problem.get());
            return;
        }
        PathRequest request = draft.request();
        busy.set(true);
        tasks.run(null, progress -> {
            paths.resolve(request);
            return request;
        }, checked -> {
            busy.set(false);
            Optional<Path> file = dialogs.chooseFileToSave(messages.get("workshop.persona.save"), safe(draft.name()) + ".json",
                    new DialogService.FileType(messages.get("workshop.persona.type"), "*.json"));
            if (file.isEmpty()) {
                return;
            }
            try {
                PersonaFiles.write(file.get(), draft.description(), checked);
                add(PersonaFiles.read(file.get()));
                message.set(messages.get("workshop.persona.saved", draft.name(), file.get().toString()));
            } catch (java.io.IOException | fr.passerelle.app.InvalidRequestException e) {
                message.set(messages.get("workshop.persona.notSaved", String.valueOf(e.getMessage())));
            }
        }, failure -> {
            busy.set(false);
            message.set(failure.getMessage());
        });
    }

    private void add(Personas.Persona p) {
        personas.removeIf(existing -> existing.name() != null && existing.name().equals(p.name()));
        personas.add(p);
        persona.set(p);
    }

    public ObservableList<Personas.Persona> personas() {
        return personas;
    }

    public ObjectProperty<Personas.Persona> personaProperty() {
        return persona;
    }

    public ReadOnlyObjectProperty<WorkshopStep> stepProperty() {
        return step;
    }

    public ReadOnlyObjectProperty<PathResult> pathProperty() {
        return path;
    }

    public ObservableList<TargetOccupation> targets() {
        return targets;
    }

    public ObjectProperty<TargetOccupation> targetProperty() {
        return target;
    }

    public ReadOnlyStringProperty stepTitleProperty() {
        return stepTitle;
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline;
    }

    public ReadOnlyStringProperty ideaProperty() {
        return idea;
    }

    public ObservableList<String> lines() {
        return lines;
    }

    public IntegerProperty participantsProperty() {
        return participants;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
