package fr.passerelle.sync;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import java.io.IOException;

/**
 * A value of {@code sync.properties} that cannot be used, naming the file, the setting and the value: French as the
 * message (unchanged), the reader's language through {@link #text(MessageRenderer)}. An IOException, as reading the
 * file's own failures are.
 */
public final class SettingsException extends IOException {
    private final transient Message said;

    public SettingsException(Message said) {
        super(MessageRenderer.french().render(said));
        this.said = said;
    }

    public String text(MessageRenderer in) {
        return in.render(said);
    }
}
