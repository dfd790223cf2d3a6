package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.NAF_LABEL;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.passerelle.ImportFixtures;
import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.SharedData;
import fr.passerelle.importer.ImportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The digest the "cache unchanged" tests rely on: stable for the same content, different for any change. */
class CacheDigestTest extends SampleSeededCacheTest {

    @Test
    void staysTheSameAcrossReopeningTheCache() {
        String first = CacheDigest.of(database);
        database.close();

        database = ReferenceCache.open(work.resolve("cache"));

        assertEquals(first, CacheDigest.of(database));
    }

    @Test
    void changesWhenOneStoredValueChanges() throws IOException {
        // Published generations are read-only: the change is made in a writable copy of the published file.
        Path copy = Files.createDirectories(work.resolve("copy"));
        Files.copy(database.database().file(), copy.resolve("reference.mv.db"));
        org.h2.jdbcx.JdbcDataSource writable = new org.h2.jdbcx.JdbcDataSource();
        writable.setURL(H2Urls.writable(copy.resolve("reference")));
        writable.setUser("sa");
        ReferenceDatabase edited = new ReferenceDatabase(writable, () -> copy, () -> "copy");
        String before = CacheDigest.of(edited);

        edited.dsl().update(NAF_LABEL).set(NAF_LABEL.LABEL, "Supermarches").where(NAF_LABEL.CODE.eq("4711D")).execute();

        assertNotEquals(before, CacheDigest.of(edited));
        assertEquals(before, CacheDigest.of(database), "the digest of the copy and of the published cache start equal");
    }

    @Test
    void changesWhenADatasetIsReimportedFromAnotherFile() throws IOException, ImportException {
        String before = CacheDigest.of(database);
        String labels = Files.readString(SharedData.sample("labonneboite/naf_labels.csv"), UTF_8);
        Path edited = Files.writeString(in.resolve("naf_labels.csv"), labels.replace("Supermarchés", "Supermarches"), UTF_8);

        ImportFixtures.importPaths(database, edited);

        assertNotEquals(before, CacheDigest.of(database));
    }

    @Test
    void differsBetweenAnEmptyAndASeededCache() {
        try (ReferenceCache empty = ReferenceCache.open(work.resolve("empty"))) {
            assertNotEquals(CacheDigest.of(empty), CacheDigest.of(database));
        }
    }
}
