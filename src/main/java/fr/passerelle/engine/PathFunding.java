package fr.passerelle.engine;

import fr.passerelle.engine.profile.JobSeekerProfile;

import fr.passerelle.engine.data.TrainingOffer;
import fr.passerelle.funding.Departements;
import fr.passerelle.funding.FundingAnswer;
import fr.passerelle.funding.FundingCase;
import fr.passerelle.funding.FundingEngine;
import fr.passerelle.funding.FundingSession;
import fr.passerelle.funding.rules.RuleSet;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Funding for the path: one call, a profile and a session at a date, gives who pays what. Adapts the path's profile
 * and training offer to the funding engine's inputs. The RQTH is never in the profile: pass it to
 * {@link #answer(JobSeekerProfile, FundingSession, LocalDate, Boolean)} for one computation when the counsellor asks.
 */
public final class PathFunding {
    private final FundingEngine engine;

    public PathFunding(RuleSet rules) {
        this.engine = new FundingEngine(rules);
    }

    public RuleSet rules() {
        return engine.rules();
    }

    /** Who pays what for this session, for her, on that date. */
    public FundingAnswer answer(JobSeekerProfile profile, TrainingOffer offer, LocalDate on) {
        return engine.answer(caseOf(profile), sessionOf(offer), on);
    }

    /**
     * The same for a session already described (e.g. {@code option.funding().session()} of a path), with the answer to
     * the RQTH question (true, false, or null when not asked), used for this computation only.
     */
    public FundingAnswer answer(JobSeekerProfile profile, FundingSession session, LocalDate on, Boolean rqth) {
        return engine.answer(caseOf(profile).withRqth(rqth), session, on);
    }

    /** Her answers as the funding rules see them; her département comes from her home commune. */
    public static FundingCase caseOf(JobSeekerProfile p) {
        Objects.requireNonNull(p, "profile");
        return new FundingCase(p.status(), p.age(), p.allocation(), p.allocationEnd(), p.cpfCents(), null,
                Departements.ofCommune(p.commune().value()), null, null);
    }

    public static FundingSession sessionOf(TrainingOffer o) {
        Objects.requireNonNull(o, "offer");
        return new FundingSession(o.title(), o.hours(), o.costCents(), o.funderCodes(), o.cpfEligible(), o.start(), o.end(),
                Departements.ofCommune(o.communeInsee()));
    }
}
