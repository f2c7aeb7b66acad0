package vn.gov.cchc.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.cchc.deadline.DeadlineDtos.PeriodView;
import vn.gov.cchc.deadline.DeadlineDtos.ScheduleRef;
import vn.gov.cchc.plan.PlanDtos.PlanRef;
import vn.gov.cchc.task.TaskDtos.TargetDto;
import vn.gov.cchc.task.TaskDtos.TaskRef;
import vn.gov.cchc.unit.UnitDtos.UnitRef;

/** What the API shows of reporting: rates, reminders of missing reports, the consolidation. */
public final class ReportingDtos {

    private ReportingDtos() {
    }

    @Schema(name = "RateTotals", description = "Counts over the units expected to report")
    public record Totals(
            @Schema(required = true, description = "Units expected to report") int expected,
            @Schema(required = true, description = "Sent (or accepted)") int sent,
            @Schema(required = true, description = "Sent by the due date") int sentOnTime,
            @Schema(required = true) int accepted,
            @Schema(required = true, description = "Returned and not yet sent again") int returned,
            @Schema(required = true, description = "Not sent") int missing) {
    }

    @Schema(name = "UnitRate", description = "One unit's report for the period")
    public record UnitRate(
            @Schema(required = true) UnitRef unit,
            @Schema(required = true) LocalDate dueOn,
            @Schema(required = true, nullable = true) Long reportId,
            @Schema(required = true, nullable = true, description = "Null when the unit has not started its report") ReportState reportState,
            @Schema(required = true, nullable = true) LocalDate sentOn,
            @Schema(required = true) boolean sent,
            @Schema(required = true) boolean onTime,
            @Schema(required = true) boolean accepted,
            @Schema(required = true, description = "Not sent and the due date has passed") boolean overdue) {
    }

    @Schema(name = "ReportingRates", description = "For a plan and a period: expected, sent, sent on time, accepted and missing reports")
    public record Rates(
            @Schema(required = true) PlanRef plan,
            @Schema(required = true) ScheduleRef schedule,
            @Schema(required = true) PeriodView period,
            @Schema(required = true) Totals totals,
            @Schema(required = true) List<UnitRate> units,
            @Schema(required = true) List<UnitRef> missingUnits) {
    }

    @Schema(name = "UnitRateRow", description = "A unit's report for one period")
    public record PeriodRate(
            @Schema(required = true) ScheduleRef schedule,
            @Schema(required = true) PeriodView period,
            @Schema(required = true) UnitRate rate) {
    }

    @Schema(name = "UnitReportingRates", description = "A unit's reports over every period of a plan")
    public record UnitRates(
            @Schema(required = true) UnitRef unit,
            @Schema(required = true) PlanRef plan,
            @Schema(required = true) Totals totals,
            @Schema(required = true) List<PeriodRate> periods) {
    }

    @Schema(name = "ReminderResult", description = "Who was reminded")
    public record Reminded(
            @Schema(required = true) List<UnitRef> units,
            @Schema(required = true, description = "E-mails queued (one per person per period and day at most)") int emails) {
    }

    @Schema(name = "ConsolidationScope",
            description = "PROVINCE: every task and unit (coordinators, the issuer); LEAD_UNIT: only the tasks the caller's unit leads (lead departments)")
    public enum Scope {
        PROVINCE,
        LEAD_UNIT
    }

    @Schema(name = "UnitResult", description = "What one unit reported for one task")
    public record UnitResult(
            @Schema(required = true) UnitRef unit,
            @Schema(required = true) long reportId,
            @Schema(required = true) TaskStatus status,
            @Schema(required = true, nullable = true) Integer percent,
            @Schema(required = true, nullable = true) String output,
            @Schema(required = true) Map<String, Long> figures) {
    }

    @Schema(name = "TargetProgress", description = "Progress against the task's target")
    public record TargetProgress(
            @Schema(required = true) TargetDto target,
            @Schema(required = true, description = "What the units reported towards it (the target's metric)") long achieved,
            @Schema(required = true, description = "What is required: the quantity, times the units expected when it is per unit") long required,
            @Schema(required = true, description = "For per-unit targets: units that reached it") int unitsMeeting,
            @Schema(required = true, description = "For per-unit targets: units expected") int unitsExpected,
            @Schema(required = true, description = "achieved / required, 0–100 (capped)") int percent) {
    }

    @Schema(name = "TaskConsolidation", description = "One task across the units that reported on it")
    public record TaskRow(
            @Schema(required = true) TaskRef task,
            @Schema(required = true) List<UnitResult> units,
            @Schema(required = true) Map<String, Long> totals,
            @Schema(required = true) int done,
            @Schema(required = true) int inProgress,
            @Schema(required = true) int notStarted,
            @Schema(required = true, nullable = true) TargetProgress target) {
    }

    @Schema(name = "IncludedReport", description = "A report counted in the consolidation")
    public record Included(
            @Schema(required = true) long reportId,
            @Schema(required = true) UnitRef unit,
            @Schema(required = true) ReportState state,
            @Schema(required = true) LocalDate sentOn) {
    }

    @Schema(name = "NarrativeExcerpt", description = "What one unit wrote under a heading")
    public record Excerpt(@Schema(required = true) UnitRef unit, @Schema(required = true) String text) {
    }

    @Schema(name = "Consolidation", description = "Results and figures of a period's reports, by task and in total; only sent or accepted reports count")
    public record Consolidation(
            @Schema(required = true) PlanRef plan,
            @Schema(required = true) ScheduleRef schedule,
            @Schema(required = true) PeriodView period,
            @Schema(required = true) Scope scope,
            @Schema(required = true, description = "The reports counted") List<Included> included,
            @Schema(required = true, description = "Units expected whose report is not counted (not sent yet, or only in draft)") List<UnitRef> notIncluded,
            @Schema(required = true) List<TaskRow> tasks,
            @Schema(required = true, description = "Every figure summed over the tasks and units shown") Map<String, Long> totals,
            @Schema(required = true, description = "Results; empty for lead departments") List<Excerpt> results,
            @Schema(required = true) List<Excerpt> shortcomings,
            @Schema(required = true) List<Excerpt> difficulties,
            @Schema(required = true) List<Excerpt> proposals) {
    }
}
