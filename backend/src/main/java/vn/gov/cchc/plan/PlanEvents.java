package vn.gov.cchc.plan;

/** What happens to plans, for the features that derive things from them (deadlines). */
public final class PlanEvents {

    private PlanEvents() {
    }

    /** A plan was issued (fired inside the issuing transaction). */
    public record Issued(long planId) {
    }

    /** A plan was closed. */
    public record Closed(long planId) {
    }
}
