package fr.passerelle.store;

import java.nio.file.Path;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * What readers query: the reference cache as one published state. Either one generation (a {@link CacheLease} keeps
 * it open and unchanged), or the cache's "current" view ({@link ReferenceCache#database()}), which sends each query
 * to the generation published at that moment. Its life belongs to the {@link ReferenceCache}: it has no close.
 */
public final class ReferenceDatabase {
    private final DataSource dataSource;
    private final DSLContext dsl;
    private final Supplier<Path> file;
    private final Supplier<String> generation;

    ReferenceDatabase(DataSource dataSource, Supplier<Path> file, Supplier<String> generation) {
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, SQLDialect.H2, new Settings().withExecuteLogging(false));
        this.file = file;
        this.generation = generation;
    }

    DataSource dataSource() {
        return dataSource;
    }

    DSLContext dsl() {
        return dsl;
    }

    /** The H2 file of the generation (for status: its size). */
    public Path file() {
        return file.get();
    }

    /** The published generation read ("g000042"): equal ids mean equal data. */
    public String generation() {
        return generation.get();
    }
}
