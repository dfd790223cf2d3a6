package fr.passerelle.importer.training;

import fr.passerelle.engine.words.Message;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.ReadContext;

/**
 * Builds records and hands them to the read context, turning a refused value (a record's compact constructor, or
 * the store's duplicate-key check) into {@code file:line: element: what is wrong}.
 */
final class Emitter {
    private final ReadContext context;
    private final String file;

    Emitter(ReadContext context, String file) {
        this.context = context;
        this.file = file;
    }

    /** Builds a record; a value it refuses becomes an import error at {@code line} on {@code element}. */
    <T> T build(long line, String element, Builder<T> builder) throws ImportException {
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw error(line, element, ImportWords.of(e));
        }
    }

    /** Stores the main record of what was read (a training): counted as stored. */
    void main(long line, String element, Object record) throws ImportException {
        try {
            context.emit(record);
        } catch (IllegalArgumentException e) {
            throw error(line, element, ImportWords.of(e));
        }
    }

    /** Stores a record that belongs to the main one (its codes, actions, sessions). */
    void derived(long line, String element, Object record) throws ImportException {
        try {
            context.emitDerived(record);
        } catch (IllegalArgumentException e) {
            throw error(line, element, ImportWords.of(e));
        }
    }

    /** One unit of the file was read (a formation, a summary, a JSON object). */
    void countRead() {
        context.countRead();
    }

    boolean firstTime(Object key) {
        return context.firstTime(key);
    }

    /** {@code file:line}, for rejections. */
    String where(long line) {
        return file + ":" + line;
    }

    ImportException error(long line, String element, Message problem) {
        return new ImportException(file, line, ImportWords.say("import.element", element, problem));
    }

    /** A record constructor call. */
    @FunctionalInterface
    interface Builder<T> {
        T build();
    }
}
