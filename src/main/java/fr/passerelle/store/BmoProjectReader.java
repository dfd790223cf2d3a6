package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.BMO_PROJECT;
import static fr.passerelle.store.db.Tables.ROME_FAP;

import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.market.BmoProject;
import fr.passerelle.domain.market.RomeFap;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Reads the BMO survey rows ({@code bmo_project}, every survey year) and the ROME 3 → FAP-2009 crosswalk
 * ({@code rome_fap}) through which the path index gives their hiring projects per ROME code. Masked counts stay null.
 */
final class BmoProjectReader {
    private final DSLContext dsl;

    BmoProjectReader(ReferenceDatabase database) {
        this.dsl = database.dsl();
    }

    List<BmoProject> projects() {
        return dsl.selectFrom(BMO_PROJECT)
                .orderBy(BMO_PROJECT.SURVEY_YEAR, BMO_PROJECT.AREA_CODE, BMO_PROJECT.OCCUPATION_CODE, BMO_PROJECT.DEPARTEMENT_CODE)
                .fetch(r -> new BmoProject(r.getSurveyYear(), r.getOccupationCode(), r.getOccupationLabel(),
                        r.getFapNomenclature(), r.getFamilyCode(), r.getFamilyLabel(), r.getRegionCode(),
                        r.getDepartementCode(), r.getAreaCode(), r.getAreaLabel(), r.getProjects(),
                        r.getDifficultProjects(), r.getSeasonalProjects()));
    }

    List<RomeFap> crosswalk() {
        return dsl.selectFrom(ROME_FAP).orderBy(ROME_FAP.ROME_CODE, ROME_FAP.QUALIFICATION, ROME_FAP.FAP_CODE)
                .fetch(r -> new RomeFap(new RomeCode(r.getRomeCode()), r.getQualification(), r.getFapCode(), r.getRuleName()));
    }
}
