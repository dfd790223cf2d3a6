package fr.passerelle.importer;

/** Turns one CSV row of an official file into records (usually one), or rejects it with a message. */
@FunctionalInterface
public interface RowMapper {
    void map(CsvRow row, ReadContext context) throws ImportException;
}
