package fr.passerelle.generate;

import fr.passerelle.generate.FormacodeMatcher.Formacode;
import fr.passerelle.generate.ReferenceInputs.CommuneRef;
import fr.passerelle.generate.ReferenceInputs.Rome4;
import java.util.List;

/** One synthetic LHEO {@code <formation>}, with its actions and sessions: built by {@link TrainingFactory}, written by
 * {@link LheoDocument}. */
record Training(String numero, Rome4 rome, List<Formacode> formacodes, String title, String objective, String results,
                String content, boolean certifying, int parcours, String entryLevel, String generalObjective, String rncp,
                String exitLevel, List<Action> actions, Organisation organisation) {

    /** An {@code <action>}: where, how, how long, how much, who pays, and its sessions. Price in cents, or -1. */
    record Action(String numero, String rhythm, List<String> publics, boolean entryLevelRequired, String alternance,
                  int teachingMode, String conditions, boolean fundingPossible, Place place, int entriesExits,
                  List<Session> sessions, long priceCents, String duration, int hoursCentre, int hoursCompany,
                  int hoursTotal, List<Funder> funders) {
    }

    /** A {@code <session>}: dates as LHEO writes them (AAAAMMJJ, AAAAMM00 when only the month is known). */
    record Session(String numero, String start, String end, int recruitment) {
    }

    /** An {@code <organisme-financeur>}: its LHEO code and, sometimes, the places it funds (0 = not said). */
    record Funder(int code, int places) {
    }

    /** The {@code <organisme-formation-responsable>}. */
    record Organisation(String numero, String siret, String activityNumber, String name, Place place, String phone,
                        String email) {
    }

    /** A real commune, a street line, one of the commune's postal codes and a point near its centre. */
    record Place(CommuneRef commune, String line, String postalCode, double latitude, double longitude) {
    }

    int sessionCount() {
        return actions.stream().mapToInt(a -> a.sessions().size()).sum();
    }
}
