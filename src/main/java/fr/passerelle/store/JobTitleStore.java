package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.ROME_APPELLATION;
import static fr.passerelle.store.db.Tables.ROME_OCCUPATION;

import fr.passerelle.domain.Referential;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.search.JobTitle;
import fr.passerelle.search.JobTitleSource;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The job titles people type: every ROME 4 appellation and every ROME 4 fiche label (falling back to ROME 3 when
 * only ROME 3 is in the cache).
 */
public final class JobTitleStore implements JobTitleSource {
    private final DSLContext dsl;

    public JobTitleStore(ReferenceDatabase database) {
        this.dsl = database.dsl();
    }

    @Override
    public List<JobTitle> jobTitles() {
        String referential = dsl.fetchExists(ROME_OCCUPATION, ROME_OCCUPATION.REFERENTIAL.eq(Referential.V4.key()))
                ? Referential.V4.key() : Referential.V3.key();
        List<JobTitle> titles = new ArrayList<>();
        dsl.select(ROME_APPELLATION.OGR, ROME_APPELLATION.LABEL, ROME_APPELLATION.ROME_CODE, ROME_OCCUPATION.LABEL)
                .from(ROME_APPELLATION)
                .join(ROME_OCCUPATION).on(ROME_OCCUPATION.REFERENTIAL.eq(ROME_APPELLATION.REFERENTIAL)
                        .and(ROME_OCCUPATION.CODE.eq(ROME_APPELLATION.ROME_CODE)))
                .where(ROME_APPELLATION.REFERENTIAL.eq(referential))
                .orderBy(ROME_APPELLATION.OGR)
                .forEach(r -> titles.add(new JobTitle(r.value1(), r.value2(), new RomeCode(r.value3()), r.value4(), false)));
        dsl.select(ROME_OCCUPATION.OGR, ROME_OCCUPATION.LABEL, ROME_OCCUPATION.CODE)
                .from(ROME_OCCUPATION)
                .where(ROME_OCCUPATION.REFERENTIAL.eq(referential))
                .orderBy(ROME_OCCUPATION.CODE)
                .forEach(r -> titles.add(new JobTitle(r.value1(), r.value2(), new RomeCode(r.value3()), r.value2(), true)));
        return titles;
    }
}
