package fr.passerelle.ui.workshop;

/** The workshop's screens, one idea each, in the order the trainer walks the group through them. */
public enum WorkshopStep {
    PERSONA, MARKET, PATH, TRAININGS, SHEETS;

    public WorkshopStep next() {
        return this == SHEETS ? SHEETS : values()[ordinal() + 1];
    }

    public WorkshopStep previous() {
        return this == PERSONA ? PERSONA : values()[ordinal() - 1];
    }

    /** The message key of its name ("workshop.step.market"). */
    public String key() {
        return "workshop.step." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
