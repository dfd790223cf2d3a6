package fr.passerelle.generate;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import fr.passerelle.generate.ReferenceInputs.BassinCommune;
import fr.passerelle.generate.ReferenceInputs.CommuneRef;
import fr.passerelle.generate.ReferenceInputs.FapMetier;
import fr.passerelle.generate.ReferenceInputs.FormacodePair;
import fr.passerelle.generate.ReferenceInputs.FormacodeTerm;
import fr.passerelle.generate.ReferenceInputs.Rome4;
import fr.passerelle.generate.ReferenceInputs.RomeNaf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the reference files in the --from folder (by their official names, anywhere up to three levels down, as in
 * ../shared/data or data-samples/) and streams them with FastCSV.
 */
final class InputReader {

    /** A reference file: its name pattern, how to show it, and whether the generator can do without it. */
    enum Input {
        COMMUNES("geo/communes.csv", "communes\\.csv", true),
        REGIONS("geo/regions.csv", "regions\\.csv", true),
        DEPARTEMENTS("geo/departements.csv", "departements\\.csv", true),
        BASSINS("geo/communes_bassins_bmo.csv", "communes_bassins_bmo\\.csv", true),
        ROME_CODES("rome_v460/unix_referentiel_code_rome_v4NN_utf8.csv", "unix_referentiel_code_rome_v4\\d+_utf8\\.csv", true),
        ROME_NAF("labonneboite/rome_naf_mapping.csv", "rome_naf_mapping\\.csv", true),
        FORMACODE("formacode/formacode_v8_2003_thesaurus.csv", "formacode_v\\d+_\\d{4}_thesaurus\\.csv", true),
        FAP2021("fap/fap2021_nomenclature.csv", "fap2021_nomenclature\\.csv", true),
        OFFERS("job_offers/offres_par_departement_rome_AAAAMMJJ.csv", "offres_par_departement_rome_\\d{8}\\.csv", false),
        FORMACODE_EXCERPT("formacode/rome_v3_to_formacode_v11_excerpt.csv", "rome_v3_to_formacode_v\\d+_excerpt\\.csv", false),
        ROME_TREE("rome_v460/unix_cr_gd_dp_v4NN_utf8.csv", "unix_cr_gd_dp_v4\\d+_utf8\\.csv", false),
        ROME_FAP2009("fap/rome_v3_to_fap2009.csv", "rome_v3_to_fap2009\\.csv", false),
        BMO_DIFFICULTY("labour_market/bmoAAAA_difficulte_recrutement_fap_rome.csv",
                "bmo\\d{4}_difficulte_recrutement_fap_rome\\.csv", false);

        final String display;
        final Pattern name;
        final boolean required;

        Input(String display, String name, boolean required) {
            this.display = display;
            this.name = Pattern.compile(name);
            this.required = required;
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void accept(NamedCsvRecord row) throws GenerateException;
    }

    private final Map<Input, Path> found;
    private final Path root;

    private InputReader(Path root, Map<Input, Path> found) {
        this.root = root;
        this.found = found;
    }

    /** Reads every input of {@code from}; a missing required file or a malformed one is a one-line error. */
    static ReferenceInputs read(Path from) throws GenerateException {
        if (!Files.isDirectory(from)) {
            throw new GenerateException("--from " + from + " : ce dossier n'existe pas");
        }
        InputReader reader = new InputReader(from, locate(from));
        return reader.readAll();
    }

    private static Map<Input, Path> locate(Path from) throws GenerateException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from, 3)) {
            files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new GenerateException("--from " + from + " : lecture du dossier impossible (" + e.getMessage() + ")", e);
        }
        Map<Input, Path> found = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (Input input : Input.values()) {
            Path latest = files.stream().filter(p -> input.name.matcher(p.getFileName().toString()).matches())
                    .max(Comparator.comparing((Path p) -> p.getFileName().toString()).thenComparing(Path::toString))
                    .orElse(null);
            if (latest != null) {
                found.put(input, latest);
            } else if (input.required) {
                missing.add(input.display);
            }
        }
        if (!missing.isEmpty()) {
            throw new GenerateException("--from " + from + " : fichiers de référence manquants : " + String.join(", ", missing)
                    + " (donnez le dossier des données ouvertes officielles, par exemple ../shared/data)");
        }
        return found;
    }

    private ReferenceInputs readAll() throws GenerateException {
        List<String> used = new ArrayList<>();
        for (Map.Entry<Input, Path> e : found.entrySet()) {
            used.add(root.relativize(e.getValue()).toString().replace('\\', '/'));
        }
        List<CommuneRef> communes = communes();
        Map<String, String> regions = names(Input.REGIONS, "code_region", "nom_region");
        Map<String, String> departements = names(Input.DEPARTEMENTS, "code_departement", "nom_departement");
        List<Rome4> romes = new ArrayList<>();
        each(Input.ROME_CODES, List.of("code_rome", "libelle_rome", "code_rome_parent"), row -> {
            String parent = row.getField("code_rome_parent").strip();
            String code = row.getField("code_rome").strip();
            romes.add(new Rome4(code, row.getField("libelle_rome").strip(), parent.isEmpty() ? code : parent));
        });
        romes.sort(Comparator.comparing(Rome4::code));
        List<RomeNaf> romeNaf = new ArrayList<>();
        each(Input.ROME_NAF, List.of("rome_id", "rome_label", "naf_id", "naf_label", "hirings"), row -> romeNaf.add(
                new RomeNaf(row.getField("rome_id").strip(), row.getField("rome_label").strip(), row.getField("naf_id").strip(),
                        row.getField("naf_label").strip(), number(row, "hirings"))));
        List<FormacodeTerm> formacodes = new ArrayList<>();
        each(Input.FORMACODE, List.of("code_formacode", "libelle", "type_descripteur", "code_nsf", "codes_rome_v2"),
                row -> formacodes.add(new FormacodeTerm(row.getField("code_formacode").strip(), row.getField("libelle").strip(),
                        row.getField("type_descripteur").strip(), row.getField("code_nsf").strip(),
                        row.getField("codes_rome_v2").strip())));
        List<FormacodePair> excerpt = new ArrayList<>();
        each(Input.FORMACODE_EXCERPT, List.of("code_rome", "code_formacode", "libelle_descripteur_formacode"),
                row -> excerpt.add(new FormacodePair(row.getField("code_rome").strip(), row.getField("code_formacode").strip(),
                        row.getField("libelle_descripteur_formacode").strip())));
        Map<String, String> domains = new TreeMap<>();
        each(Input.ROME_TREE, List.of("code_rome", "libelle_domaine_professionel"),
                row -> domains.put(row.getField("code_rome").strip(), row.getField("libelle_domaine_professionel").strip()));
        return new ReferenceInputs(communes, regions, departements, offers(), romes, romeNaf, formacodes, excerpt, domains,
                metiers(), bassins(), romeToFap(), difficulty(), List.copyOf(used));
    }

    private List<CommuneRef> communes() throws GenerateException {
        List<CommuneRef> communes = new ArrayList<>();
        each(Input.COMMUNES, List.of("code_insee", "nom_commune", "code_departement", "code_region", "codes_postaux",
                "latitude", "longitude"), row -> {
            String lat = row.getField("latitude").strip();
            String lon = row.getField("longitude").strip();
            List<String> postal = Arrays.stream(row.getField("codes_postaux").split("\\|")).map(String::strip)
                    .filter(s -> s.length() == 5).toList();
            if (lat.isEmpty() || lon.isEmpty() || postal.isEmpty()) {
                return;   // 81 communes of the 2023 list lack coordinates or a postal code: nothing to place there
            }
            communes.add(new CommuneRef(row.getField("code_insee").strip(), row.getField("nom_commune").strip(),
                    row.getField("code_departement").strip(), row.getField("code_region").strip(), postal,
                    decimal(row, "latitude"), decimal(row, "longitude")));
        });
        if (communes.isEmpty()) {
            throw new GenerateException(Input.COMMUNES.display + " : aucune commune avec coordonnées et code postal");
        }
        communes.sort(Comparator.comparing(CommuneRef::insee));
        return List.copyOf(communes);
    }

    private Map<String, String> names(Input input, String codeColumn, String nameColumn) throws GenerateException {
        Map<String, String> names = new TreeMap<>();
        each(input, List.of(codeColumn, nameColumn), row -> names.put(row.getField(codeColumn).strip(), row.getField(nameColumn).strip()));
        return names;
    }

    private Map<String, Long> offers() throws GenerateException {
        Map<String, Long> offers = new TreeMap<>();
        each(Input.OFFERS, List.of("code_departement", "nb_offres"), row -> {
            String dep = row.getField("code_departement").strip();
            if (!dep.isEmpty()) {
                offers.merge(dep, number(row, "nb_offres"), Long::sum);
            }
        });
        return offers;
    }

    private List<FapMetier> metiers() throws GenerateException {
        Map<String, FapMetier> metiers = new TreeMap<>();
        each(Input.FAP2021, List.of("code_fap_228", "intitule_fap_228", "code_fap_22"), row -> {
            String code = row.getField("code_fap_228").strip();
            metiers.putIfAbsent(code, new FapMetier(code, row.getField("intitule_fap_228").strip(), row.getField("code_fap_22").strip()));
        });
        return List.copyOf(metiers.values());
    }

    private List<BassinCommune> bassins() throws GenerateException {
        List<BassinCommune> bassins = new ArrayList<>();
        each(Input.BASSINS, List.of("code_region", "code_departement", "code_commune_insee", "code_bassin_bmo", "libelle_bassin_bmo"),
                row -> bassins.add(new BassinCommune(Fmt.pad(Long.parseLong(row.getField("code_region").strip()), 2),
                        row.getField("code_departement").strip(), row.getField("code_commune_insee").strip(),
                        row.getField("code_bassin_bmo").strip(), row.getField("libelle_bassin_bmo").strip())));
        return bassins;
    }

    private Map<String, List<String>> romeToFap() throws GenerateException {
        Map<String, Set<String>> map = new TreeMap<>();
        each(Input.ROME_FAP2009, List.of("code_rome", "code_fap2009"), row -> map
                .computeIfAbsent(row.getField("code_rome").strip(), k -> new LinkedHashSet<>()).add(row.getField("code_fap2009").strip()));
        Map<String, List<String>> result = new TreeMap<>();
        map.forEach((k, v) -> result.put(k, List.copyOf(v)));
        return result;
    }

    private Map<String, Double> difficulty() throws GenerateException {
        Map<String, double[]> sums = new TreeMap<>();
        each(Input.BMO_DIFFICULTY, List.of("fap_code", "tension_pct"), row -> {
            double[] s = sums.computeIfAbsent(row.getField("fap_code").strip(), k -> new double[2]);
            s[0] += decimal(row, "tension_pct");
            s[1]++;
        });
        Map<String, Double> result = new TreeMap<>();
        sums.forEach((k, s) -> result.put(k, s[0] / s[1]));
        return result;
    }

    /** Streams {@code input} row by row; does nothing for an optional file that is absent. */
    private void each(Input input, List<String> columns, RowHandler handler) throws GenerateException {
        Path file = found.get(input);
        if (file == null) {
            return;
        }
        String name = root.relativize(file).toString();
        long line = 1;
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().detectBomHeader(true).skipEmptyLines(true)
                .ofNamedCsvRecord(file)) {
            boolean first = true;
            for (NamedCsvRecord row : csv) {
                line = row.getStartingLineNumber();
                if (first) {
                    for (String column : columns) {
                        if (!row.getHeader().contains(column)) {
                            throw new GenerateException(name + ":1: colonne « " + column + " » absente (en-tête : "
                                    + String.join(",", row.getHeader()) + ")");
                        }
                    }
                    first = false;
                }
                handler.accept(row);
            }
        } catch (GenerateException e) {
            throw e;
        } catch (NumberFormatException e) {
            throw new GenerateException(name + ":" + line + ": nombre illisible (" + e.getMessage() + ")", e);
        } catch (CsvParseException | IllegalArgumentException | java.util.NoSuchElementException e) {
            throw new GenerateException(name + ":" + line + ": ligne illisible (" + e.getMessage() + ")", e);
        } catch (IOException | UncheckedIOException e) {
            throw new GenerateException(name + " : lecture impossible (" + e.getMessage() + ")", e);
        }
    }

    private static long number(NamedCsvRecord row, String column) {
        return Long.parseLong(row.getField(column).strip());
    }

    private static double decimal(NamedCsvRecord row, String column) {
        return Double.parseDouble(row.getField(column).strip().replace(',', '.'));
    }
}
