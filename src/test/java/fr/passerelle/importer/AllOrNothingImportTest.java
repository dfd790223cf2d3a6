package fr.passerelle.importer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.passerelle.ImportFixtures;
import fr.passerelle.SampleSeededCacheTest;
import fr.passerelle.SharedData;
import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.store.CacheDigest;
import fr.passerelle.store.DatasetStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A run of several files is one transaction: one bad file and nothing of the run reaches the cache. */
class AllOrNothingImportTest extends SampleSeededCacheTest {
    @Test
    void brokenSecondFileLeavesTheCacheUnchanged() throws IOException {
        // naf_labels (order 70) is imported before rome_naf_mapping (order 71), which is broken on line 3.
        Files.writeString(in.resolve("naf_labels.csv"), "naf_id,naf_label\r\n4711D,Supermarchés\r\n", UTF_8);
        Files.writeString(in.resolve("rome_naf_mapping.csv"), "rome_id,rome_label,naf_id,naf_label,hirings\n"
                + "D1505,Personnel de caisse,4711D,Supermarchés,6410\nD1505,Personnel de caisse,4711D,Supermarchés,beaucoup\n", UTF_8);
        String before = CacheDigest.of(database);

        ImportException e = assertThrows(ImportException.class, () -> ImportFixtures.importPaths(database, in));

        assertEquals("rome_naf_mapping.csv:3: colonne hirings : 'beaucoup' n'est pas un nombre entier", e.getMessage());
        assertEquals(before, CacheDigest.of(database));
    }

    @Test
    void brokenSecondFileDoesNotReplaceTheFirstFilesDataset() throws IOException {
        Path sampleLabels = SharedData.sample("labonneboite/naf_labels.csv");
        Files.writeString(in.resolve("naf_labels.csv"), "naf_id,naf_label\r\n4711D,Supermarchés\r\n", UTF_8);
        Files.writeString(in.resolve("rome_naf_mapping.csv"), "rome_id,rome_label,naf_id,naf_label,hirings\n"
                + "D1505,Personnel de caisse,4711,Supermarchés,6410\n", UTF_8);

        assertThrows(ImportException.class, () -> ImportFixtures.importPaths(database, in));

        DatasetInfo labels = dataset("lbb.naf_labels");
        assertEquals(47, labels.rowsStored());
        assertEquals(ImportFixtures.sha256(sampleLabels), labels.sha256());
    }

    @Test
    void refusesTwoFilesOfTheSameDatasetInOneRun() throws IOException {
        // The second file has another name but the communes header: it is recognised as the same dataset.
        String communes = "code_insee,nom_commune,code_departement,code_region,codes_postaux,latitude,longitude\r\n"
                + "59350,Lille,59,32,59000,50.631855,3.046987\r\n";
        Files.writeString(in.resolve("communes.csv"), communes, UTF_8);
        Files.writeString(in.resolve("communes_copie.csv"), communes, UTF_8);
        String before = CacheDigest.of(database);

        ImportException e = assertThrows(ImportException.class, () -> ImportFixtures.importPaths(database, in));

        assertEquals("communes_copie.csv: même jeu de données (Communes (INSEE, codes postaux, coordonnées)) que "
                + in.resolve("communes.csv") + " : importez l'un ou l'autre", e.getMessage());
        assertEquals(before, CacheDigest.of(database));
    }

    @Test
    void refusesAPathThatDoesNotExist() {
        Path missing = in.resolve("absent.csv");

        ImportException e = assertThrows(ImportException.class, () -> ImportFixtures.importPaths(database, missing));

        assertEquals(missing + ": fichier ou dossier introuvable", e.getMessage());
    }

    @Test
    void brokenFileAfterTheWholeSampleFolderLeavesTheCacheUnchanged() throws IOException {
        // The 27 valid sample files plus a crosswalk (order 62, imported after most of them) broken on line 3.
        Files.writeString(in.resolve("fap2009_pcs_rome_v3.csv"), "code_fap2009,code_pcs,code_rome\n"
                + "R0Z61,552a,D1505\nR0Z60,552A,D1507\n", UTF_8);
        String before = CacheDigest.of(database);

        ImportException e = assertThrows(ImportException.class,
                () -> ImportFixtures.importPaths(database, SharedData.samples(), in));

        assertEquals("fap2009_pcs_rome_v3.csv:3: colonne code_pcs : '552A' n'est pas un code PCS (ex. 552a)", e.getMessage());
        assertEquals(before, CacheDigest.of(database));
    }

    private DatasetInfo dataset(String kind) {
        return new DatasetStore(database.database()).all().stream().filter(d -> d.kind().equals(kind)).findFirst().orElseThrow();
    }
}
