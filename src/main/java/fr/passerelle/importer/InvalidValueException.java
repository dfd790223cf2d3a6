package fr.passerelle.importer;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;

/**
 * A value that a parser of the importers refuses (a price, a level, a coordinate), before anyone knows the file and
 * line: the caller catches it and places it in an {@link ImportException}. It is an {@link IllegalArgumentException},
 * as these parsers always threw, with the French text as message and the words to say it in another language.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Message said;

    InvalidValueException(Message said) {
        super(MessageRenderer.french().render(said));
        this.said = said;
    }

    public Message said() {
        return said;
    }
}
