package vn.gov.cchc.unit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.cchc.unit.UnitDtos.UnitRef;
import vn.gov.cchc.unit.importing.UnitImportProblemCode;

/** What the API shows of an import of units (departments, boards, public service units, divisions) below a parent. */
public final class UnitImportDtos {

    private UnitImportDtos() {
    }

    @Schema(name = "UnitImportStatus", description = """
            NEW: created by the import (or would be, in a dry run); EXISTS: the parent already has this child (same name, case and
            diacritics aside, or same code), nothing is created; INVALID: the row has problems.""")
    public enum Status {
        NEW, EXISTS, INVALID
    }

    @Schema(name = "ImportedUnit", description = "A row of the table as read, with what the import does with it")
    public record ImportedUnit(
            @Schema(required = true, description = "Source row (line of the pasted text, row of the sheet), from 1", example = "3") int row,
            @Schema(required = true, description = "The name, in NFC", example = "Sở Nội vụ tỉnh Phú Thọ") String name,
            @Schema(required = true, nullable = true, example = "Sở Nội vụ") String shortName,
            @Schema(required = true, nullable = true, description = "The kind, as written or inferred; null when neither") UnitKind kind,
            @Schema(required = true, description = "True when the table gave no kind and it was inferred from the name's first words") boolean kindInferred,
            @Schema(required = true, nullable = true, description = "The code, as written or generated", example = "PT-SNV") String code,
            @Schema(required = true,
                    description = "True when the table gave no code and it was generated from the parent's code and the initials of the short name (or name)") boolean codeGenerated,
            @Schema(required = true, nullable = true, description = "Official code (mã định danh), when given", example = "07900") String officialCode,
            @Schema(required = true, nullable = true, description = "Display order among the parent's children") Integer sortOrder,
            @Schema(required = true, description = "Marked as the province's coordinating unit (Đầu mối CCHC: Sở Nội vụ)") boolean coordinating,
            @Schema(required = true) Status status,
            @Schema(required = true, nullable = true, description = "EXISTS: the existing child; NEW after a real import: the unit created") UnitRef unit,
            @Schema(required = true,
                    description = "Remarks that do not block the import (kind inferred, code generated, already exists), in the language of the request") List<String> notes) {
    }

    @Schema(name = "UnitImportProblem", description = "Something in the table that blocks the import, by row and column")
    public record ProblemView(
            @Schema(required = true, description = "Source row, from 1; 0 for the whole table", example = "4") int row,
            @Schema(required = true, nullable = true, description = "name, shortName, kind, code, officialCode, sortOrder or coordinating",
                    example = "kind") String column,
            @Schema(required = true, nullable = true, description = "The text concerned", example = "Hợp tác xã") String text,
            @Schema(required = true) UnitImportProblemCode code,
            @Schema(required = true, description = "What is wrong, in the language of the request") String message) {
    }

    @Schema(name = "UnitImportResult", description = "What an import of units read and, unless a dry run, created")
    public record UnitImportResult(
            @Schema(required = true, description = "The parent unit") UnitRef parent,
            @Schema(required = true, description = "True when nothing was changed (a preview)") boolean dryRun,
            @Schema(required = true, description = "Number of units created by this call (0 in a dry run)") int created,
            @Schema(required = true, description = "Number of rows whose unit the parent already has") int existing,
            @Schema(required = true, description = "The rows, in table order") List<ImportedUnit> units,
            @Schema(required = true, description = "The problems; any problem means nothing is created") List<ProblemView> problems) {
    }
}
