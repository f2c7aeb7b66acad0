package vn.gov.cchc.task;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.gov.cchc.plan.PlanDtos.PlanRef;
import vn.gov.cchc.task.importing.TimeframeKind;
import vn.gov.cchc.task.importing.UnitGroup;
import vn.gov.cchc.unit.UnitDtos.UnitRef;

/** What the API takes and shows of tasks. */
public final class TaskDtos {

    public static final int CONTENT_MAX = 20_000;

    private TaskDtos() {
    }

    @Schema(name = "AssignmentInput",
            description = "One entry of a lead or cooperating cell: a unit (`unitId`), a group (`group`), or only the name as written when it matches no unit (it then falls on nobody)")
    public record AssignmentInput(
            @Schema(nullable = true, description = "A unit below the plan's issuing unit", example = "23") Long unitId,
            @Schema(nullable = true) UnitGroup group,
            @Schema(nullable = true, maxLength = 300, description = "The name as written in the document; required when neither unitId nor group is given",
                    example = "Các cơ quan, đơn vị liên quan") @Size(max = 300, message = "{cchc.text.max}") String text) {
    }

    @Schema(name = "TimeframeInput",
            description = "When the task is carried out. Give the text as written; `kind` and the dates are read from it unless you give them")
    public record TimeframeInput(
            @Schema(nullable = true, maxLength = 500, example = "Quý II, III năm 2026") @Size(max = 500, message = "{cchc.text.max}") String text,
            @Schema(nullable = true) TimeframeKind kind,
            @Schema(nullable = true, description = "For QUARTERS: the quarters, 1 to 4", example = "[2, 3]") @Size(max = 4,
                    message = "{cchc.list.max}") List<@NotNull @Min(1) @Max(4) Integer> quarters,
            @Schema(nullable = true, example = "2026-04-01") LocalDate start,
            @Schema(nullable = true, example = "2026-09-30") LocalDate end) {
    }

    @Schema(name = "TaskTarget", description = "A measurable target the text gives, e.g. at least 3 dialogues per commune")
    public record TargetDto(
            @Schema(required = true, example = "3") @NotNull @PositiveOrZero Long quantity,
            @Schema(nullable = true, maxLength = 100, example = "cuộc đối thoại") @Size(max = 100, message = "{cchc.text.max}") String measure,
            @Schema(nullable = true, description = "The reported figure that counts towards it (reference list METRIC)",
                    example = "DIALOGUES") @Size(max = 40) String metric,
            @Schema(required = true, description = "True when every assigned unit must reach it; false for one total") @NotNull Boolean perUnit) {
    }

    @Schema(name = "TaskInput", description = "A task (nhiệm vụ) of a plan's appendix")
    public record TaskInput(
            @Schema(nullable = true, maxLength = 10, description = "Roman numeral of the section", example = "II") @Size(max = 10,
                    message = "{cchc.text.max}") @Pattern(regexp = "^[IVXLC]{1,10}$", message = "{cchc.task.section}") String sectionCode,
            @Schema(nullable = true, maxLength = 500, example = "Đối với nhiệm vụ tuyên truyền cấp tỉnh") @Size(max = 500,
                    message = "{cchc.text.max}") String sectionTitle,
            @Schema(required = true, maxLength = CONTENT_MAX) @NotBlank @Size(max = CONTENT_MAX, message = "{cchc.text.max}") String content,
            @Schema(description = "Communication forms (reference list COMMUNICATION_FORM)") @Size(max = 20,
                    message = "{cchc.list.max}") List<@NotBlank String> forms,
            @Schema(description = "CCHC areas (reference list CCHC_AREA)") @Size(max = 10, message = "{cchc.list.max}") List<@NotBlank String> areas,
            @Schema(description = "Indices (reference list INDEX)") @Size(max = 10, message = "{cchc.list.max}") List<@NotBlank String> indices,
            @Schema(description = "PAPI dimensions (reference list PAPI_DIMENSION)") @Size(max = 8,
                    message = "{cchc.list.max}") List<@NotBlank String> papiDimensions,
            @Schema(description = "Lead units (đơn vị chủ trì)") @Size(max = 50, message = "{cchc.list.max}") List<@NotNull @Valid AssignmentInput> lead,
            @Schema(description = "Cooperating units (đơn vị phối hợp)") @Size(max = 100,
                    message = "{cchc.list.max}") List<@NotNull @Valid AssignmentInput> cooperating,
            @Schema(nullable = true, maxLength = 5000, description = "Expected output (sản phẩm đầu ra)") @Size(max = 5000,
                    message = "{cchc.text.max}") String expectedOutput,
            @Schema(nullable = true) @Valid TargetDto target,
            @Schema(nullable = true, description = "Budget estimate in VND", example = "50000000") @PositiveOrZero Long budgetVnd,
            @Schema(nullable = true) @Valid TimeframeInput timeframe,
            @Schema(nullable = true, description = "The task of the parent plan this one implements") Long parentTaskId) {
    }

    @Schema(name = "TaskBatch", description = "Tasks saved together: all of them or none")
    public record TaskBatch(
            @Schema(required = true) @NotNull @Size(min = 1, max = 1000, message = "{cchc.list.max}") List<@NotNull @Valid TaskInput> tasks,
            @Schema(description = "Delete the plan's existing tasks first") Boolean replace) {
    }

    @Schema(name = "TaskOrder", description = "Every task of the plan, in the new order")
    public record TaskOrder(@Schema(required = true) @NotNull @Size(max = 5000) List<@NotNull Long> taskIds) {
    }

    @Schema(name = "Assignment", description = "A lead or cooperating entry as stored")
    public record AssignmentView(
            @Schema(required = true, nullable = true) UnitRef unit,
            @Schema(required = true, nullable = true) UnitGroup group,
            @Schema(required = true, description = "As written in the document, or the unit's name") String text,
            @Schema(required = true, description = "False for a name that matched no unit: it falls on nobody") boolean resolved) {
    }

    @Schema(name = "Timeframe", description = "When the task is carried out: the text as written and its structured reading in the plan's year")
    public record TimeframeView(
            @Schema(required = true, nullable = true, example = "Quý II, III năm 2026") String text,
            @Schema(required = true) TimeframeKind kind,
            @Schema(required = true) List<Integer> quarters,
            @Schema(required = true, nullable = true, example = "2026-04-01") LocalDate start,
            @Schema(required = true, nullable = true, example = "2026-09-30") LocalDate end) {
    }

    @Schema(name = "TaskRef", description = "A task, named")
    public record TaskRef(
            @Schema(required = true) long id,
            @Schema(required = true) long planId,
            @Schema(required = true, nullable = true, example = "II") String sectionCode,
            @Schema(required = true, example = "2") int orderNo,
            @Schema(required = true, description = "The content, shortened to 200 characters") String excerpt) {
    }

    @Schema(name = "Task", description = "A task (nhiệm vụ) of a plan's appendix")
    public record TaskView(
            @Schema(required = true) long id,
            @Schema(required = true) long planId,
            @Schema(required = true, description = "Order in the appendix, from 0") int position,
            @Schema(required = true, nullable = true) String sectionCode,
            @Schema(required = true, nullable = true) String sectionTitle,
            @Schema(required = true) int orderNo,
            @Schema(required = true) String content,
            @Schema(required = true) List<String> forms,
            @Schema(required = true) List<String> areas,
            @Schema(required = true) List<String> indices,
            @Schema(required = true) List<String> papiDimensions,
            @Schema(required = true) List<AssignmentView> lead,
            @Schema(required = true) List<AssignmentView> cooperating,
            @Schema(required = true, nullable = true) String expectedOutput,
            @Schema(required = true, nullable = true) TargetDto target,
            @Schema(required = true, nullable = true) Long budgetVnd,
            @Schema(required = true) TimeframeView timeframe,
            @Schema(required = true, nullable = true) TaskRef parentTask,
            @Schema(required = true) int version,
            @Schema(required = true, description = "True while the plan is a draft the caller may edit") boolean editable) {
    }

    @Schema(name = "TaskPage", description = "One page of a plan's tasks, in appendix order")
    public record TaskPage(
            @Schema(required = true) List<TaskView> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long total) {
    }

    @Schema(name = "AssignmentVia", description = "DIRECT: the unit is named; GROUP: a group it belongs to is named")
    public enum Via {
        DIRECT,
        GROUP
    }

    @Schema(name = "UnitTask", description = "A task that falls on a unit, and how")
    public record UnitTask(
            @Schema(required = true) TaskView task,
            @Schema(required = true) PlanRef plan,
            @Schema(required = true, description = "LEAD when the unit leads it (directly or through a group), else COOPERATING") AssignmentRole role,
            @Schema(required = true) Via via,
            @Schema(required = true, nullable = true, description = "For GROUP: the group named") UnitGroup group) {
    }

    @Schema(name = "UnitTaskPage", description = "One page of the tasks that fall on a unit")
    public record UnitTaskPage(
            @Schema(required = true) List<UnitTask> items,
            @Schema(required = true) int page,
            @Schema(required = true) int size,
            @Schema(required = true) long total) {
    }
}
