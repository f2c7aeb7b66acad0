package vn.gov.cchc.unit;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API shows of units. */
public final class UnitDtos {

    private UnitDtos() {
    }

    @Schema(name = "UnitRef", description = "A unit, named")
    public record UnitRef(
            @Schema(required = true, example = "12") long id,
            @Schema(required = true, description = "Stable code of the unit, also carried in the `unit` claim of users' tokens",
                    example = "HY-SNV") String code,
            @Schema(required = true, example = "Sở Nội vụ tỉnh Hưng Yên") String name,
            @Schema(required = true) UnitKind kind) {

        public static UnitRef of(Unit u) {
            return new UnitRef(u.id, u.code, u.name, u.kind);
        }
    }

    @Schema(name = "Unit", description = "An organisation unit (Đơn vị)")
    public record UnitView(
            @Schema(required = true, example = "12") long id,
            @Schema(required = true, example = "HY-SNV") String code,
            @Schema(description = "Official code in the national list of administrative units (2 digits for a province, 5 for a commune); null when not linked",
                    example = "07900", nullable = true) String officialCode,
            @Schema(required = true, example = "Sở Nội vụ tỉnh Hưng Yên") String name,
            @Schema(description = "Short name used in tables", example = "Sở Nội vụ", nullable = true) String shortName,
            @Schema(required = true) UnitKind kind,
            @Schema(description = "The parent unit; null for a root", example = "2", nullable = true) Long parentId,
            @Schema(required = true, description = "The chain of parents, root first, this unit excluded") List<UnitRef> ancestors,
            @Schema(required = true, nullable = true, description = "First day the unit existed; null when it existed before the product knew it",
                    example = "2025-07-01") LocalDate validFrom,
            @Schema(required = true, nullable = true, description = "Last day the unit existed (it was dissolved or merged into another); null while it exists",
                    example = "2026-06-30") LocalDate validTo,
            @Schema(required = true,
                    description = "The units it succeeded (merged into it, or dissolved with it as successor), with the date and the decision") List<SuccessionRef> predecessors,
            @Schema(required = true, description = "The unit(s) that took its work over when it ceased") List<SuccessionRef> successors,
            @Schema(required = true, description = "Version for optimistic locking; also sent as the ETag", example = "0") int version) {
    }

    @Schema(name = "UnitSuccessionRef", description = "The other side of a succession: a predecessor or a successor, when and by which decision")
    public record SuccessionRef(
            @Schema(required = true) UnitRef unit,
            @Schema(required = true) SuccessionKind kind,
            @Schema(required = true, description = "The first day the successor acted for the predecessor", example = "2025-07-01") LocalDate effectiveOn,
            @Schema(required = true, example = "Nghị quyết số 1676/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội") String legalBasis) {
    }

    @Schema(name = "UnitTreeNode", description = "A unit with its children, recursively")
    public record UnitTreeNode(
            @Schema(required = true, example = "12") long id,
            @Schema(required = true, example = "HY-SNV") String code,
            @Schema(description = "Official code in the national list of administrative units (2 digits for a province, 5 for a commune); null when not linked",
                    example = "07900", nullable = true, required = true) String officialCode,
            @Schema(required = true, example = "Sở Nội vụ tỉnh Hưng Yên") String name,
            @Schema(required = true, nullable = true, example = "Sở Nội vụ") String shortName,
            @Schema(required = true) UnitKind kind,
            @Schema(required = true) List<UnitTreeNode> children) {
    }
}
