package vn.gov.cchc.task.importing;

/**
 * A problem found while importing an appendix.
 *
 * @param row             1-based source row (0 for the whole input)
 * @param column          "TT", "content", "lead", "cooperating", "timeframe", "output" or null
 * @param text            the offending text, or null when there is none (a missing cell)
 * @param code            what is wrong
 * @param suggestedUnitId for an unknown unit name: the unit it names when diacritics and case are ignored (a
 *                        suggestion, not assigned), or null
 */
public record ImportProblem(int row, String column, String text, ImportProblemCode code, Long suggestedUnitId) {

    public ImportProblem(int row, String column, String text, ImportProblemCode code) {
        this(row, column, text, code, null);
    }
}
