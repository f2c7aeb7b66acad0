package vn.gov.cchc.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.cchc.deadline.DeadlineDtos.PeriodView;
import vn.gov.cchc.deadline.DeadlineDtos.ScheduleRef;
import vn.gov.cchc.plan.PlanDtos.PlanRef;
import vn.gov.cchc.task.AssignmentRole;
import vn.gov.cchc.task.TaskDtos.TargetDto;
import vn.gov.cchc.task.TaskDtos.TaskRef;
import vn.gov.cchc.unit.UnitDtos.UnitRef;

/** What the API takes and shows of reports. */
public final class ReportDtos {

    public static final int TEXT_MAX = 50_000;
    public static final long FIGURE_MAX = 1_000_000_000_000L;

    private ReportDtos() {
    }

    @Schema(name = "NewReport", description = "Start a unit's report for one period of a plan's report schedule")
    public record NewReport(
            @Schema(required = true, example = "4") @NotNull Long scheduleId,
            @Schema(required = true, description = "The period, as in the schedule's occurrences",
                    example = "2026-Q1") @NotBlank @Size(max = 20) String periodKey,
            @Schema(nullable = true, description = "The reporting unit; the caller's own when absent", example = "35") Long unitId) {
    }

    @Schema(name = "ReportItemInput", description = "What the report says of one task")
    public record ItemInput(
            @Schema(required = true, example = "12") @NotNull Long taskId,
            @Schema(required = true) @NotNull TaskStatus status,
            @Schema(nullable = true, minimum = "0", maximum = "100", example = "60") @Min(0) @Max(100) Integer percent,
            @Schema(nullable = true, maxLength = 5000, example = "Đăng 12 tin, bài trên Trang thông tin điện tử xã") @Size(max = 5000,
                    message = "{cchc.text.max}") String output,
            @Schema(description = "Figures by metric (reference list METRIC): whole numbers, not negative",
                    example = "{\"ARTICLES\": 12, \"DIALOGUES\": 1}") @Size(max = 20,
                            message = "{cchc.list.max}") Map<@NotBlank String, @NotNull @PositiveOrZero @Max(FIGURE_MAX) Long> figures) {
    }

    @Schema(name = "ReportInput", description = "The content of a report: per-task results and the narrative")
    public record ReportInput(
            @Schema(description = "Results per task; tasks not listed keep what they have") @Size(max = 1000,
                    message = "{cchc.list.max}") List<@NotNull @Valid ItemInput> items,
            @Schema(nullable = true, maxLength = TEXT_MAX, description = "Kết quả đạt được — results") @Size(max = TEXT_MAX,
                    message = "{cchc.text.max}") String results,
            @Schema(nullable = true, maxLength = TEXT_MAX, description = "Tồn tại, hạn chế và nguyên nhân — shortcomings and causes") @Size(max = TEXT_MAX,
                    message = "{cchc.text.max}") String shortcomings,
            @Schema(nullable = true, maxLength = TEXT_MAX, description = "Khó khăn, vướng mắc — difficulties") @Size(max = TEXT_MAX,
                    message = "{cchc.text.max}") String difficulties,
            @Schema(nullable = true, maxLength = TEXT_MAX, description = "Đề xuất, kiến nghị — proposals") @Size(max = TEXT_MAX,
                    message = "{cchc.text.max}") String proposals) {
    }

    @Schema(name = "TransitionInput", description = "A comment: required to send back or return a report")
    public record TransitionInput(
            @Schema(nullable = true, maxLength = 2000, example = "Bổ sung số liệu đối thoại") @Size(max = 2000, message = "{cchc.text.max}") String comment) {
    }

    @Schema(name = "Figure", description = "A figure reported for a task")
    public record FigureView(
            @Schema(required = true, example = "DIALOGUES") String metric,
            @Schema(required = true, example = "3") long value,
            @Schema(required = true, nullable = true, example = "cuộc") String measure) {
    }

    @Schema(name = "ReportItem", description = "What a report says of one task")
    public record ItemView(
            @Schema(required = true) TaskRef task,
            @Schema(required = true, description = "Whether the unit leads or cooperates on the task") AssignmentRole role,
            @Schema(required = true, nullable = true) TargetDto target,
            @Schema(required = true) TaskStatus status,
            @Schema(required = true, nullable = true) Integer percent,
            @Schema(required = true, nullable = true) String output,
            @Schema(required = true) List<FigureView> figures) {
    }

    @Schema(name = "Evidence", description = "A link or a file attached to a report")
    public record EvidenceView(
            @Schema(required = true) long id,
            @Schema(required = true, nullable = true, description = "The task it supports, if any") Long taskId,
            @Schema(required = true, example = "FILE") String kind,
            @Schema(required = true) String title,
            @Schema(required = true, nullable = true) String url,
            @Schema(required = true, nullable = true) String fileName,
            @Schema(required = true, nullable = true) String contentType,
            @Schema(required = true, nullable = true) Long size,
            @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "LinkInput", description = "A link to evidence (a published article, a video)")
    public record LinkInput(
            @Schema(required = true, maxLength = 300, example = "Tin đối thoại trên Trang thông tin điện tử xã") @NotBlank @Size(max = 300,
                    message = "{cchc.text.max}") String title,
            @Schema(required = true, maxLength = 2000, example = "https://namdan.tuyenquang.gov.vn/tin-tuc/doi-thoai") @NotBlank @Size(max = 2000,
                    message = "{cchc.text.max}") String url,
            @Schema(nullable = true) Long taskId) {
    }

    @Schema(name = "ReportEvent", description = "One step of the report's workflow")
    public record EventView(
            @Schema(required = true) Instant at,
            @Schema(required = true) String username,
            @Schema(required = true, nullable = true) String displayName,
            @Schema(required = true) ReportAction action,
            @Schema(required = true, nullable = true) ReportState fromState,
            @Schema(required = true) ReportState toState,
            @Schema(required = true, nullable = true) String comment) {
    }

    @Schema(name = "ReportPermissions", description = "What the caller may do with the report now")
    public record Permissions(
            @Schema(required = true) boolean canEdit,
            @Schema(required = true) boolean canSubmit,
            @Schema(required = true) boolean canSendBack,
            @Schema(required = true) boolean canApprove,
            @Schema(required = true) boolean canAccept,
            @Schema(required = true) boolean canReturn) {
    }

    @Schema(name = "Report", description = "A unit's report for one period")
    public record ReportView(
            @Schema(required = true) long id,
            @Schema(required = true) PlanRef plan,
            @Schema(required = true) ScheduleRef schedule,
            @Schema(required = true) PeriodView period,
            @Schema(required = true) UnitRef unit,
            @Schema(required = true) UnitRef receivingUnit,
            @Schema(required = true) ReportState state,
            @Schema(required = true) List<ItemView> items,
            @Schema(required = true, nullable = true) String results,
            @Schema(required = true, nullable = true) String shortcomings,
            @Schema(required = true, nullable = true) String difficulties,
            @Schema(required = true, nullable = true) String proposals,
            @Schema(required = true) List<EvidenceView> evidence,
            @Schema(required = true, nullable = true) LocalDate sentOn,
            @Schema(required = true, nullable = true, description = "True when sent by the due date") Boolean sentOnTime,
            @Schema(required = true, nullable = true, description = "Why the receiving unit returned it") String returnReason,
            @Schema(required = true) List<EventView> history,
            @Schema(required = true) int version,
            @Schema(required = true) Permissions permissions) {
    }

    @Schema(name = "ReportSummary", description = "A report as listed")
    public record ReportSummary(
            @Schema(required = true) long id,
            @Schema(required = true) PlanRef plan,
            @Schema(required = true) ScheduleRef schedule,
            @Schema(required = true, example = "2026-Q1") String periodKey,
            @Schema(required = true, example = "Quý I/2026") String periodLabel,
            @Schema(required = true) LocalDate dueOn,
            @Schema(required = true) UnitRef unit,
            @Schema(required = true) ReportState state,
            @Schema(required = true, nullable = true) LocalDate sentOn,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true) int version) {
    }

    @Schema(name = "ReportPage", description = "One page of reports")
    public record ReportPage(
            @Schema(required = true) List<ReportSummary> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long total) {
    }

    @Schema(name = "TransitionResult", description = "The report after a workflow step, and whether the step changed anything")
    public record TransitionResult(
            @Schema(required = true) ReportView report,
            @Schema(required = true,
                    description = "False when the report was already in the resulting state (e.g. sent twice): nothing changed") boolean changed,
            @Schema(required = true, nullable = true, description = "Says why nothing changed") String message) {
    }
}
