package vn.gov.cchc.task.importing;

/**
 * A problem found while importing an appendix.
 *
 * @param row    1-based source row (0 for the whole input)
 * @param column "TT", "content", "lead", "cooperating", "timeframe", "output" or null
 * @param text   the offending text, or null when there is none (a missing cell)
 * @param code   what is wrong
 */
public record ImportProblem(int row, String column, String text, ImportProblemCode code) {
}
