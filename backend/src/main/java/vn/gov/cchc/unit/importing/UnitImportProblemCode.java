package vn.gov.cchc.unit.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What is wrong with a row (or the whole table) of a units import. Every one of them blocks the import. */
@Schema(name = "UnitImportProblemCode", description = """
        What is wrong: UNREADABLE_FILE, TOO_MANY_ROWS, NO_HEADER (no header row naming the column "Tên đơn vị" / "Name"), NO_ROWS,
        MISSING_NAME, TOO_LONG, UNKNOWN_KIND (the kind cell names no kind), KIND_NOT_INFERRED (no kind cell and the name's first
        words tell none), KIND_NOT_ALLOWED (the parent may not contain a unit of that kind), BAD_CODE, DUPLICATE_CODE (twice in
        the table), CODE_TAKEN (another unit of the tree has it), DUPLICATE_NAME (twice in the table), BAD_OFFICIAL_CODE,
        DUPLICATE_OFFICIAL_CODE, OFFICIAL_CODE_TAKEN, BAD_SORT_ORDER, BAD_FLAG (coordinating cell neither yes nor no),
        COORDINATOR_TAKEN (the province already has its coordinating unit, or two rows claim it)""")
public enum UnitImportProblemCode {
    UNREADABLE_FILE, TOO_MANY_ROWS, NO_HEADER, NO_ROWS, MISSING_NAME, TOO_LONG, UNKNOWN_KIND, KIND_NOT_INFERRED, KIND_NOT_ALLOWED,
    BAD_CODE, DUPLICATE_CODE, CODE_TAKEN, DUPLICATE_NAME, BAD_OFFICIAL_CODE, DUPLICATE_OFFICIAL_CODE, OFFICIAL_CODE_TAKEN,
    BAD_SORT_ORDER, BAD_FLAG, COORDINATOR_TAKEN
}
