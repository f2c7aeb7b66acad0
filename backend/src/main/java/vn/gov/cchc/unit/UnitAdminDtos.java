package vn.gov.cchc.unit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.cchc.unit.UnitDtos.SuccessionRef;
import vn.gov.cchc.unit.UnitDtos.UnitRef;

/** What administrators send to change the organisation, and the history they read back. */
public final class UnitAdminDtos {

    static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    static final String OFFICIAL_CODE = "[0-9]{2}|[0-9]{5}";

    private UnitAdminDtos() {
    }

    @Schema(name = "UnitInput", description = "A new unit")
    public record UnitInput(
            @Schema(required = true, maxLength = 64, description = "Stable code, unique; carried in the `unit` claim of its people's tokens",
                    example = "PT-SNV") @NotBlank @Size(max = 64) @Pattern(regexp = CODE) String code,
            @Schema(nullable = true, description = "Official code in the national list (2 digits for a province, 5 for a commune), unique",
                    example = "08110") @Pattern(regexp = OFFICIAL_CODE) String officialCode,
            @Schema(required = true, maxLength = 255, example = "Sở Nội vụ tỉnh Phú Thọ") @NotBlank @Size(max = 255) String name,
            @Schema(nullable = true, maxLength = 120, example = "Sở Nội vụ") @Size(max = 120) String shortName,
            @Schema(required = true,
                    description = "Must be one the parent's kind may contain (a province: departments, communes...; a commune: its divisions...)") @NotNull UnitKind kind,
            @Schema(nullable = true, description = "The parent unit; null for a root (ministry or province), which only `admin` may create",
                    example = "3") Long parentId,
            @Schema(nullable = true, description = "Sở Nội vụ: receives the province's reports (default false)") Boolean coordinating,
            @Schema(nullable = true, description = "Position among its siblings (default 0)", example = "10") @Min(0) @Max(100000) Integer sortOrder,
            @Schema(nullable = true, description = "First day it exists (default today); not in the future", example = "2025-07-01") LocalDate validFrom) {
    }

    @Schema(name = "UnitEdit", description = "What may change without a date: name changes and moves go through rename and move")
    public record UnitEdit(
            @Schema(nullable = true, maxLength = 120, example = "Sở Nội vụ") @Size(max = 120) String shortName,
            @Schema(nullable = true, description = "Official code in the national list, unique; null to unlink",
                    example = "08110") @Pattern(regexp = OFFICIAL_CODE) String officialCode,
            @Schema(required = true, description = "Sở Nội vụ: receives the province's reports") @NotNull Boolean coordinating,
            @Schema(required = true, description = "Position among its siblings", example = "10") @NotNull @Min(0) @Max(100000) Integer sortOrder) {
    }

    @Schema(name = "UnitRename", description = "A new name from a date, by a decision")
    public record UnitRename(
            @Schema(required = true, maxLength = 255, example = "UBND phường Thanh Miếu") @NotBlank @Size(max = 255) String name,
            @Schema(nullable = true, maxLength = 120, description = "The new short name; null: none",
                    example = "Phường Thanh Miếu") @Size(max = 120) String shortName,
            @Schema(required = true, description = "First day of the new name; not in the future, not before the unit's current state began",
                    example = "2025-07-01") @NotNull LocalDate effectiveOn,
            @Schema(required = true, maxLength = 500,
                    example = "Quyết định số 1234/QĐ-UBND ngày 20/6/2025 của UBND tỉnh Phú Thọ") @NotBlank @Size(max = 500) String legalBasis) {
    }

    @Schema(name = "UnitMove", description = "A new parent from a date, by a decision")
    public record UnitMove(
            @Schema(required = true, description = "The new parent: of a kind that may contain the unit, not the unit itself nor below it",
                    example = "3") @NotNull Long parentId,
            @Schema(required = true, example = "2025-07-01") @NotNull LocalDate effectiveOn,
            @Schema(required = true, maxLength = 500,
                    example = "Quyết định số 1234/QĐ-UBND ngày 20/6/2025 của UBND tỉnh Phú Thọ") @NotBlank @Size(max = 500) String legalBasis) {
    }

    @Schema(name = "UnitDissolution", description = "The unit ceases: its last day is the day before `effectiveOn`")
    public record UnitDissolution(
            @Schema(required = true, example = "2025-07-01") @NotNull LocalDate effectiveOn,
            @Schema(required = true, maxLength = 500,
                    example = "Quyết định số 1234/QĐ-UBND ngày 20/6/2025 của UBND tỉnh Phú Thọ") @NotBlank @Size(max = 500) String legalBasis,
            @Schema(nullable = true, description = "A unit of the same province that takes its open work over, as in a merger",
                    example = "41") Long successorId) {
    }

    @Schema(name = "NewSuccessorUnit", description = "The unit a merger creates; its kind is the predecessors'")
    public record NewUnit(
            @Schema(required = true, maxLength = 64, example = "PT-THANHMIEU") @NotBlank @Size(max = 64) @Pattern(regexp = CODE) String code,
            @Schema(required = true, maxLength = 255, example = "UBND phường Thanh Miếu") @NotBlank @Size(max = 255) String name,
            @Schema(nullable = true, maxLength = 120, example = "Phường Thanh Miếu") @Size(max = 120) String shortName,
            @Schema(nullable = true, example = "08110") @Pattern(regexp = OFFICIAL_CODE) String officialCode,
            @Schema(nullable = true, description = "Its parent; default: the predecessors' parent (required when they have different parents)",
                    example = "3") Long parentId) {
    }

    @Schema(name = "UnitMerger", description = """
            Two or more units merged into a new one (`newUnit`), or one or more merged into an existing unit (`successorId`):
            give exactly one of the two.""")
    public record UnitMerger(
            @Schema(required = true, description = "The units that cease; at least 2 with `newUnit`, at least 1 with `successorId`",
                    example = "[41, 42]") @NotNull @Size(min = 1, max = 100) List<@NotNull Long> predecessorIds,
            @Schema(nullable = true, description = "An existing unit of the same province that absorbs them", example = "43") Long successorId,
            @Schema(nullable = true) @Valid NewUnit newUnit,
            @Schema(required = true, description = "The successor's first day: the predecessors' last is the day before; not in the future",
                    example = "2025-07-01") @NotNull LocalDate effectiveOn,
            @Schema(required = true, maxLength = 500,
                    example = "Nghị quyết số 1676/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội") @NotBlank @Size(max = 500) String legalBasis) {
    }

    @Schema(name = "UnitVersion", description = "One dated state of a unit")
    public record VersionView(
            @Schema(required = true, nullable = true, description = "First day of this state; null: since before the product knew the unit",
                    example = "2025-07-01") LocalDate validFrom,
            @Schema(required = true, nullable = true,
                    description = "Last day of this state; null: still in force. Before `validFrom` when the state was replaced the day it began (or is the final DISSOLVED/MERGED marker)",
                    example = "2026-06-30") LocalDate validTo,
            @Schema(required = true, example = "UBND phường Việt Trì") String name,
            @Schema(required = true, nullable = true, example = "Phường Việt Trì") String shortName,
            @Schema(required = true) UnitKind kind,
            @Schema(required = true, nullable = true, description = "The parent in this state") UnitRef parent,
            @Schema(required = true, nullable = true, example = "08110") String officialCode,
            @Schema(required = true) boolean coordinating,
            @Schema(required = true) UnitChange change,
            @Schema(required = true, nullable = true, example = "Quyết định số 1234/QĐ-UBND ngày 20/6/2025 của UBND tỉnh Phú Thọ") String legalBasis,
            @Schema(required = true, nullable = true, description = "Login of who recorded it", example = "pt.admin") String changedBy,
            @Schema(required = true) Instant changedAt) {
    }

    @Schema(name = "UnitHistory", description = "Every dated state of a unit, oldest first, and its predecessors and successors")
    public record HistoryView(
            @Schema(required = true) UnitRef unit,
            @Schema(required = true, nullable = true, example = "2025-07-01") LocalDate validFrom,
            @Schema(required = true, nullable = true, example = "2026-06-30") LocalDate validTo,
            @Schema(required = true) List<VersionView> versions,
            @Schema(required = true) List<SuccessionRef> predecessors,
            @Schema(required = true) List<SuccessionRef> successors) {
    }
}
