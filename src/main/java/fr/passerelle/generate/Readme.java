package fr.passerelle.generate;

import fr.passerelle.generate.GenerationReport.OutputFile;
import java.util.List;

/** README.txt of a generated folder: says, first, that nothing in it is real. No date, no absolute path: the file is
 * byte-identical for the same inputs and seed. */
final class Readme {
    private Readme() {
    }

    static String text(GenerateRequest request, ReferenceInputs inputs, List<OutputFile> files, long sessions,
                       long formations, long bmoRows) {
        StringBuilder sb = new StringBuilder();
        sb.append("DONNÉES SYNTHÉTIQUES — générées par Passerelle (commande generate)\n")
          .append("==================================================================\n\n")
          .append("Aucun de ces fichiers ne décrit une formation, un organisme, une entreprise ou une enquête réels.\n")
          .append("Les communes, codes postaux, codes ROME, NAF, Formacode et FAP sont réels ; tout le reste est tiré au sort :\n")
          .append("organismes et entreprises (noms « synthétique », SIRET fictifs valides au sens de Luhn), sessions, prix,\n")
          .append("heures, scores d'embauche, effectifs BMO. Ne les citez jamais comme des chiffres réels.\n\n")
          .append("Source : ").append(SyntheticGenerator.SOURCE).append('\n')
          .append("Graine (--seed) : ").append(request.seed()).append('\n')
          .append("Sessions de formation (--sessions) : ").append(sessions).append(" dans ").append(formations).append(" formations\n")
          .append("Entreprises (--companies) : ").append(request.companies()).append('\n')
          .append("Lignes BMO : ").append(bmoRows).append("\n\n")
          .append("Mêmes fichiers de référence + même graine = fichiers identiques octet pour octet.\n\n")
          .append("Fichiers\n--------\n");
        for (OutputFile f : files) {
            if (!f.path().equals("README.txt")) {
                sb.append(f.path()).append(" : ").append(f.items()).append(unit(f.path())).append('\n');
            }
        }
        sb.append("\nFichiers de référence utilisés (dossier --from)\n-----------------------------------------------\n");
        for (String file : inputs.files()) {
            sb.append(file).append('\n');
        }
        sb.append("\nMéthode (pondérations, correspondances) : README.md du dépôt Passerelle, section « generate ».\n");
        return sb.toString();
    }

    private static String unit(String path) {
        if (path.startsWith("lheo/")) {
            return " sessions (LHEO 2.3)";
        }
        if (path.startsWith("entreprises/")) {
            return " entreprises";
        }
        return " lignes";
    }
}
