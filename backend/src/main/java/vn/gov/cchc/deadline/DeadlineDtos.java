package vn.gov.cchc.deadline;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.cchc.plan.PlanDtos.PlanRef;
import vn.gov.cchc.task.TaskDtos.TaskRef;
import vn.gov.cchc.unit.UnitDtos.UnitRef;

/** What the API takes and shows of report schedules and deadlines. */
public final class DeadlineDtos {

    private DeadlineDtos() {
    }

    @Schema(name = "ReportScheduleInput", description = "A report schedule of a plan")
    public record ScheduleInput(
            @Schema(required = true, maxLength = 200, example = "Báo cáo định kỳ hằng quý") @NotBlank @Size(max = 200, message = "{cchc.text.max}") String name,
            @Schema(required = true) @NotNull PeriodType periodType,
            @Schema(description = "Which periods of the year (1-based: quarters 1–4, halves 1–2, months 1–12); all when absent",
                    example = "[1]") @Size(max = 12, message = "{cchc.list.max}") List<@NotNull @Min(1) @Max(12) Integer> periods,
            @Schema(required = true) @NotNull DueRule dueRule,
            @Schema(nullable = true, description = "For DAY_OF_LAST_MONTH and DAY_OF_NEXT_MONTH", minimum = "1", maximum = "31",
                    example = "10") @Min(1) @Max(31) Integer dueDay,
            @Schema(nullable = true, description = "For WORKING_DAYS_AFTER", minimum = "0", maximum = "60",
                    example = "5") @Min(0) @Max(60) Integer dueWorkingDays,
            @Schema(nullable = true, description = "For FIXED_DATE", example = "2026-12-15") LocalDate dueDate,
            @Schema(nullable = true, description = "CALENDAR when absent") Cutoff cutoff,
            @Schema(nullable = true, description = "The unit that receives the reports; the province's Sở Nội vụ when absent") Long receivingUnitId) {
    }

    @Schema(name = "ReportPeriod", description = "One period of a schedule with its due date")
    public record PeriodView(
            @Schema(required = true, example = "2026-Q1") String key,
            @Schema(required = true, example = "Quý I/2026") String label,
            @Schema(required = true, description = "First day the figures cover", example = "2026-01-01") LocalDate start,
            @Schema(required = true, description = "Last day the figures cover", example = "2026-03-31") LocalDate end,
            @Schema(required = true, example = "2026-03-10") LocalDate dueOn,
            @Schema(required = true, description = "False when the due date falls on a weekend or holiday (it is not moved)") boolean dueOnWorkingDay,
            @Schema(required = true, nullable = true,
                    description = "Why the due date is not the day asked for, e.g. day 31 in a 30-day month") String dueNote) {
    }

    @Schema(name = "ReportSchedule", description = "A report schedule of a plan, with the periods it makes in the plan's year")
    public record ScheduleView(
            @Schema(required = true) long id,
            @Schema(required = true) long planId,
            @Schema(required = true) String name,
            @Schema(required = true) PeriodType periodType,
            @Schema(required = true) List<Integer> periods,
            @Schema(required = true) DueRule dueRule,
            @Schema(required = true, nullable = true) Integer dueDay,
            @Schema(required = true, nullable = true) Integer dueWorkingDays,
            @Schema(required = true, nullable = true) LocalDate dueDate,
            @Schema(required = true) Cutoff cutoff,
            @Schema(required = true) UnitRef receivingUnit,
            @Schema(required = true) int version,
            @Schema(required = true) List<PeriodView> occurrences,
            @Schema(required = true, description = "Calendar warnings, e.g. a year without holidays entered") List<String> warnings,
            @Schema(required = true, description = "True when the caller may change it") boolean editable) {
    }

    @Schema(name = "ReportScheduleRef", description = "A report schedule, named")
    public record ScheduleRef(@Schema(required = true) long id, @Schema(required = true) String name) {
    }

    @Schema(name = "Deadline", description = "An obligation a plan creates for a unit, and where it stands")
    public record DeadlineView(
            @Schema(required = true) long id,
            @Schema(required = true) DeadlineKind kind,
            @Schema(required = true, description = "The unit responsible") UnitRef unit,
            @Schema(required = true) PlanRef plan,
            @Schema(required = true, nullable = true, description = "For TASK: the task") TaskRef task,
            @Schema(required = true, nullable = true, description = "For REPORT: the schedule") ScheduleRef schedule,
            @Schema(required = true, nullable = true, description = "For REPORT and repeating TASK deadlines: the period") PeriodView period,
            @Schema(required = true, example = "2026-03-10") LocalDate dueOn,
            @Schema(required = true, description = "False when the due date is a weekend or holiday") boolean dueOnWorkingDay,
            @Schema(required = true, nullable = true) String dueNote,
            @Schema(required = true) DeadlineState state,
            @Schema(required = true, nullable = true,
                    description = "Working days from today to the due date (0: due today); negative: working days overdue; null once met or cancelled",
                    example = "3") Integer workingDaysLeft,
            @Schema(required = true, nullable = true) LocalDate metOn,
            @Schema(required = true, nullable = true, description = "What met it, e.g. plan:42 or report:7") String metRef,
            @Schema(required = true, nullable = true, description = "For TASK: the output recorded when done") String output,
            @Schema(required = true, description = "True when the caller may mark it done now") boolean canComplete,
            @Schema(required = true,
                    description = "Calendar warnings, e.g. a year without holidays entered: only weekends were excluded") List<String> warnings) {
    }

    @Schema(name = "DeadlinePage", description = "One page of deadlines")
    public record DeadlinePage(
            @Schema(required = true) List<DeadlineView> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true, description = "How many deadlines match when `totalExact`; otherwise a lower bound:"
                    + " more than this many match (matches are counted up to 1,000, a plan's all)") long total,
            @Schema(required = true, description = "False when `total` is a lower bound") boolean totalExact) {
    }

    @Schema(name = "TaskCompletion", description = "A task carried out, with its output")
    public record CompletionInput(
            @Schema(required = true, maxLength = 5000, example = "Đã đăng 12 tin, bài trên Trang thông tin điện tử xã") @NotBlank @Size(max = 5000,
                    message = "{cchc.text.max}") String output,
            @Schema(nullable = true, description = "When it was done; today when absent; not in the future", example = "2026-03-30") LocalDate completedOn) {
    }
}
