package vn.gov.cchc.plan;

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

import vn.gov.cchc.unit.UnitDtos.UnitRef;

/** What the API takes and shows of plans. */
public final class PlanDtos {

    public static final int SECTION_MAX = 100_000;
    public static final String NUMBER_PATTERN = "^[1-9][0-9]{0,5}/[A-ZĐ0-9][A-ZĐ0-9.&-]{0,38}$";

    private PlanDtos() {
    }

    @Schema(name = "PlanSections",
            description = "The body of the plan as Markdown, one text per conventional section; null or absent when the plan has no such section")
    public record SectionsDto(
            @Schema(nullable = true, description = "Mục đích — purpose", maxLength = SECTION_MAX) @Size(max = SECTION_MAX,
                    message = "{cchc.text.max}") String purpose,
            @Schema(nullable = true, description = "Yêu cầu — requirements", maxLength = SECTION_MAX) @Size(max = SECTION_MAX,
                    message = "{cchc.text.max}") String requirements,
            @Schema(nullable = true, description = "Nội dung — content, tasks", maxLength = SECTION_MAX) @Size(max = SECTION_MAX,
                    message = "{cchc.text.max}") String content,
            @Schema(nullable = true, description = "Hình thức — forms of communication or implementation", maxLength = SECTION_MAX) @Size(max = SECTION_MAX,
                    message = "{cchc.text.max}") String forms,
            @Schema(nullable = true, description = "Đối tượng — audiences", maxLength = SECTION_MAX) @Size(max = SECTION_MAX,
                    message = "{cchc.text.max}") String audiences,
            @Schema(nullable = true, description = "Kinh phí — budget", maxLength = SECTION_MAX) @Size(max = SECTION_MAX,
                    message = "{cchc.text.max}") String budget,
            @Schema(nullable = true, description = "Tổ chức thực hiện — organisation of implementation", maxLength = SECTION_MAX) @Size(max = SECTION_MAX,
                    message = "{cchc.text.max}") String organisation) {

        static SectionsDto of(PlanSections s) {
            return new SectionsDto(s.purpose, s.requirements, s.content, s.forms, s.audiences, s.budget, s.organisation);
        }
    }

    @Schema(name = "PlanInput", description = "A draft plan as written by its author: everything but the issuing details")
    public record PlanInput(
            @Schema(required = true) @NotNull PlanKind kind,
            @Schema(required = true, description = "The year the plan is for", minimum = "2000", maximum = "2100",
                    example = "2026") @NotNull @Min(2000) @Max(2100) Integer year,
            @Schema(required = true, maxLength = 500, example = "Kế hoạch tuyên truyền cải cách hành chính năm 2026") @NotBlank @Size(max = 500,
                    message = "{cchc.text.max}") String title,
            @Schema(required = true, description = "The unit that issues the plan (normally a People's Committee)", example = "2") @NotNull Long issuingUnitId,
            @Schema(nullable = true, maxLength = 100, description = "Place named in the date line", example = "Hưng Yên") @Size(max = 100,
                    message = "{cchc.text.max}") String place,
            @Schema(nullable = true, description = "The plan this one implements (Thực hiện Kế hoạch số …), when it is in the system") Long parentPlanId,
            @Schema(description = "Legal bases and documents implemented, one per item, in document order", maxItems = 50,
                    example = "[\"Kế hoạch số 138/KH-UBND ngày 19/12/2025 của UBND tỉnh\"]") @Size(max = 50,
                            message = "{cchc.list.max}") List<@NotBlank @Size(max = 1000, message = "{cchc.text.max}") String> legalBases,
            @Schema(nullable = true) @Valid SectionsDto sections,
            @Schema(description = "Recipients (Nơi nhận), one per item", maxItems = 100, example = "[\"Bộ Nội vụ\", \"Lưu: VT\"]") @Size(max = 100,
                    message = "{cchc.list.max}") List<@NotBlank @Size(max = 300, message = "{cchc.text.max}") String> recipients,
            @Schema(nullable = true,
                    description = "Working days within which every unit the plan assigns work to issues its implementing plan, counted from the issue date over the official calendar; 15 when absent, 0 when none is required",
                    minimum = "0", maximum = "90", example = "15") @Min(0) @Max(90) Integer implementingPlanDays) {
    }

    @Schema(name = "IssuePlanRequest", description = "The registration of a signed plan")
    public record IssuePlanRequest(
            @Schema(required = true, description = "Number and symbol as registered by the office, unique for the issuing unit within the year of issue",
                    example = "25/KH-UBND", pattern = NUMBER_PATTERN) @NotBlank @Pattern(regexp = NUMBER_PATTERN, message = "{cchc.plan.number}") String number,
            @Schema(required = true, description = "Date of signing and issue", example = "2026-01-20") @NotNull LocalDate issuedOn,
            @Schema(nullable = true, description = "Date the plan takes effect; the issue date when absent; not before it",
                    example = "2026-01-20") LocalDate effectiveOn,
            @Schema(required = true, maxLength = 100, example = "Phạm Văn Nghiêm") @NotBlank @Size(max = 100, message = "{cchc.text.max}") String signerName,
            @Schema(required = true, maxLength = 100, description = "Position of the signer", example = "Phó Chủ tịch") @NotBlank @Size(max = 100,
                    message = "{cchc.text.max}") String signerPosition,
            @Schema(nullable = true, maxLength = 200, description = "Signing capacity lines of the signature block",
                    example = "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH") @Size(max = 200, message = "{cchc.text.max}") String signingCapacity) {
    }

    @Schema(name = "PlanRef", description = "A plan, named")
    public record PlanRef(
            @Schema(required = true, example = "3") long id,
            @Schema(required = true, nullable = true, example = "159/KH-UBND") String number,
            @Schema(required = true) String title,
            @Schema(required = true, example = "2026") int year) {

        public static PlanRef of(Plan p) {
            return new PlanRef(p.id, p.number(), p.title, p.year);
        }

        /** From a plan's columns, for lists that do not load the plan. */
        public static PlanRef of(long id, Integer docNumber, String docSymbol, String title, int year) {
            return new PlanRef(id, Plan.number(docNumber, docSymbol), title, year);
        }
    }

    @Schema(name = "PlanPermissions", description = "What the caller may do with this plan now")
    public record PlanPermissions(
            @Schema(required = true) boolean canEdit,
            @Schema(required = true) boolean canDelete,
            @Schema(required = true) boolean canIssue,
            @Schema(required = true) boolean canClose) {
    }

    @Schema(name = "PlanSummary", description = "A plan as listed")
    public record PlanSummary(
            @Schema(required = true, example = "3") long id,
            @Schema(required = true) PlanKind kind,
            @Schema(required = true, example = "2026") int year,
            @Schema(required = true, example = "Kế hoạch nâng cao hiệu quả quản trị và hành chính công tỉnh Hưng Yên năm 2026") String title,
            @Schema(required = true) PlanStatus status,
            @Schema(required = true, nullable = true, example = "19/KH-UBND") String number,
            @Schema(required = true, nullable = true, example = "2026-01-20") LocalDate issuedOn,
            @Schema(required = true) UnitRef issuingUnit,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, description = "Version, as in the ETag", example = "0") int version) {

        static PlanSummary of(Plan p) {
            return new PlanSummary(p.id, p.kind, p.year, p.title, p.status, p.number(), p.issuedOn,
                    UnitRef.of(p.issuingUnit), p.updatedAt, p.version);
        }
    }

    @Schema(name = "Plan", description = "A plan (Kế hoạch) with its sections and, once issued, its registration")
    public record PlanView(
            @Schema(required = true, example = "3") long id,
            @Schema(required = true) PlanKind kind,
            @Schema(required = true, example = "2026") int year,
            @Schema(required = true) String title,
            @Schema(required = true) PlanStatus status,
            @Schema(required = true) UnitRef issuingUnit,
            @Schema(required = true, nullable = true, example = "Hưng Yên") String place,
            @Schema(required = true, nullable = true) PlanRef parentPlan,
            @Schema(required = true) List<String> legalBases,
            @Schema(required = true) SectionsDto sections,
            @Schema(required = true) List<String> recipients,
            @Schema(required = true, description = "Working days within which assigned units issue their implementing plans; 0 when none is required",
                    example = "15") int implementingPlanDays,
            @Schema(required = true, nullable = true, example = "19/KH-UBND") String number,
            @Schema(required = true, nullable = true, example = "2026-01-20") LocalDate issuedOn,
            @Schema(required = true, nullable = true, example = "2026-01-20") LocalDate effectiveOn,
            @Schema(required = true, nullable = true, example = "Phạm Văn Nghiêm") String signerName,
            @Schema(required = true, nullable = true, example = "Phó Chủ tịch") String signerPosition,
            @Schema(required = true, nullable = true, example = "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH") String signingCapacity,
            @Schema(required = true, nullable = true) Instant closedAt,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, description = "Version, as in the ETag; send it back in If-Match", example = "0") int version,
            @Schema(required = true) PlanPermissions permissions) {
    }
}
