import type { Assignment, AssignmentInput, ImportedTask, ImportProblem, TaskInput, UnitGroup } from '../../../app/types';
import type { FieldViolation, ProblemDetails } from '../../../components/problem';

// The import wizard's preview: the tasks the server read, the user's decisions about unknown unit
// names and timeframes, and the TaskInputs sent to POST /plans/{id}/tasks/batch.

export type AssignmentColumn = 'lead' | 'cooperating';

/** What the user decided for a name that matched no unit. */
export type Choice = 'keep' | `unit:${number}` | `group:${UnitGroup}`;

export const KEEP: Choice = 'keep';

export function choiceKey(taskIndex: number, column: AssignmentColumn, index: number): string {
  return `${taskIndex}:${column}:${index}`;
}

/**
 * A read entry → AssignmentInput. Resolved entries keep their unit or group and the name as written
 * (which the server recognised, and will again when the exported sheet is imported). An unknown name
 * takes the unit or group chosen for it, then named as the system names it (the unknown wording is
 * dropped, so an export reads back); or it stays as written, text only, and falls on nobody.
 */
export function toAssignmentInput(a: Assignment, choice?: Choice | null): AssignmentInput {
  if (a.unit) return { unitId: a.unit.id, text: a.text };
  if (a.group) return { group: a.group, text: a.text };
  if (choice?.startsWith('unit:')) return { unitId: Number(choice.slice(5)) };
  if (choice?.startsWith('group:')) return { group: choice.slice(6) as UnitGroup };
  return { text: a.text };
}

export interface PreviewEdits {
  /** By choiceKey(); absent means not decided yet, which saves as written. */
  choices: Record<string, Choice | undefined>;
  /** Corrected timeframe texts by task index. */
  timeframes: Record<number, string | undefined>;
}

/** The corrected preview as the batch to save. The server reads each timeframe text again. */
export function toTaskInputs(tasks: readonly ImportedTask[], edits: PreviewEdits): TaskInput[] {
  return tasks.map((t, i) => {
    const text = (edits.timeframes[i] ?? t.timeframe.text ?? '').trim();
    return {
      sectionCode: t.sectionCode,
      sectionTitle: t.sectionTitle,
      content: t.content,
      lead: t.lead.map((a, j) => toAssignmentInput(a, edits.choices[choiceKey(i, 'lead', j)])),
      cooperating: t.cooperating.map((a, j) => toAssignmentInput(a, edits.choices[choiceKey(i, 'cooperating', j)])),
      expectedOutput: t.expectedOutput,
      timeframe: text ? { text } : null,
    };
  });
}

/** Which task (by index) each problem belongs to, through its source row; the rest concern the whole table. */
export function problemsByTask(tasks: readonly ImportedTask[], problems: readonly ImportProblem[]) {
  const byTask = new Map<number, ImportProblem[]>();
  const general: ImportProblem[] = [];
  for (const p of problems) {
    const index = p.row > 0 ? tasks.findIndex((t) => t.rows.includes(p.row)) : -1;
    if (index < 0) general.push(p);
    else byTask.set(index, [...(byTask.get(index) ?? []), p]);
  }
  return { byTask, general };
}

/** Does a task still need a look: an unknown name not yet decided, or a timeframe not understood and not corrected? */
export function needsReview(task: ImportedTask, index: number, problems: readonly ImportProblem[], edits: PreviewEdits): boolean {
  const undecided = (column: AssignmentColumn) =>
    task[column].some((a, j) => !a.resolved && !a.unit && !a.group && !edits.choices[choiceKey(index, column, j)]);
  if (undecided('lead') || undecided('cooperating')) return true;
  const timeframeProblem = problems.some((p) => p.code === 'UNKNOWN_TIMEFRAME');
  if (timeframeProblem && (edits.timeframes[index] ?? task.timeframe.text) === task.timeframe.text) return true;
  return problems.some((p) => p.code !== 'UNKNOWN_UNIT' && p.code !== 'UNKNOWN_TIMEFRAME');
}

/** The preview's cells a message can stand beside. */
export type PreviewColumn = 'content' | 'lead' | 'cooperating' | 'timeframe';

/** The cell for an import problem's column (TT, content, lead, cooperating, timeframe, output). */
export function previewColumn(column: string | null | undefined): PreviewColumn {
  return column === 'lead' || column === 'cooperating' || column === 'timeframe' ? column : 'content';
}

export interface RowMessage {
  column: PreviewColumn;
  message: string;
}

/**
 * A batch's 400 violations by task index, each beside its cell (tasks[3].lead[0].unitId → task 3, lead);
 * the violations about no task stay for an alert.
 */
export function batchErrorsByTask(problem: ProblemDetails): { byTask: Map<number, RowMessage[]>; rest: FieldViolation[] } {
  const byTask = new Map<number, RowMessage[]>();
  const rest: FieldViolation[] = [];
  for (const v of problem.errors ?? []) {
    const m = /^tasks\[(\d+)\]\.?([A-Za-z]+)?/.exec(v?.field ?? '');
    if (m) {
      const index = Number(m[1]);
      byTask.set(index, [...(byTask.get(index) ?? []), { column: previewColumn(m[2]), message: v.message }]);
    } else if (v) rest.push(v);
  }
  return { byTask, rest };
}
