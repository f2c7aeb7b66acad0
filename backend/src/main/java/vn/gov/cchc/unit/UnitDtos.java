package vn.gov.cchc.unit;

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
            @Schema(required = true, description = "The chain of parents, root first, this unit excluded") List<UnitRef> ancestors) {
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
