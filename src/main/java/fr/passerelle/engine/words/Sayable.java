package fr.passerelle.engine.words;

/**
 * A failure that can say itself in the reader's language (an import's located error, the cache's refusal): the window
 * and the command line ask it for its text without knowing the layer it comes from (a view model may not depend on
 * the store, for one).
 */
public interface Sayable {
    /** The whole message in the renderer's language. */
    String text(MessageRenderer in);
}
