package vn.gov.cchc.unit;

import java.time.LocalDate;
import java.util.List;

/**
 * Fired (synchronously, inside the transaction that records it) when units are succeeded by another:
 * a merger (several predecessors into one successor), a dissolution with a successor that takes over
 * its work, or a split's part. Observers move what is still open (deadlines, tasks, reports in draft,
 * accounts) from the predecessors to the successor; what is closed stays where it was, under the old
 * names. An observer that cannot do its part throws, and the whole change is rolled back.
 *
 * @param kind MERGER or DISSOLUTION
 * @param predecessorIds the units that cease (valid_to = the day before {@code effectiveOn})
 * @param successorId the unit that takes their open work over
 * @param effectiveOn the first day the successor acts for them
 * @param legalBasis the decision or resolution ("Nghị quyết số 1676/NQ-UBTVQH15 ngày 16/6/2025")
 */
public record UnitsSucceeded(String kind, List<Long> predecessorIds, long successorId, LocalDate effectiveOn, String legalBasis) {
}
