import type { Assignment, AssignmentInput, Task, TaskInput, UnitGroup } from '../../../app/types';

// The task form's values and their conversion to the API's TaskInput. Field names follow TaskInput
// (lead[0].unitId, timeframe.text, target.quantity) so the server's 400 violations land on them.

export type AssignmentKind = 'unit' | 'group' | 'text';

export interface AssignmentValue {
  kind: AssignmentKind;
  unitId?: number | null;
  group?: UnitGroup | null;
  text?: string | null;
  /** The entry as loaded: its name as written stays while the unit or group is unchanged. */
  original?: { unitId: number | null; group: UnitGroup | null; text: string };
}

export interface TaskFormValues {
  sectionCode?: string;
  sectionTitle?: string;
  content?: string;
  lead: AssignmentValue[];
  cooperating: AssignmentValue[];
  timeframe: { text?: string };
  forms: string[];
  areas: string[];
  indices: string[];
  papiDimensions: string[];
  expectedOutput?: string;
  target: { quantity?: number | null; measure?: string; metric?: string | null; perUnit?: boolean };
  budgetVnd?: number | null;
}

export const TASK_LIMITS = {
  content: 20_000,
  sectionTitle: 500,
  expectedOutput: 5_000,
  timeframe: 500,
  assignmentText: 300,
  measure: 100,
} as const;

function assignmentToValue(a: Assignment): AssignmentValue {
  const original = { unitId: a.unit?.id ?? null, group: a.group ?? null, text: a.text };
  if (a.unit) return { kind: 'unit', unitId: a.unit.id, original };
  if (a.group) return { kind: 'group', group: a.group, original };
  return { kind: 'text', text: a.text, original };
}

export function emptyTaskValues(section?: { code: string | null; title: string | null }): TaskFormValues {
  return {
    sectionCode: section?.code ?? undefined,
    sectionTitle: section?.title ?? undefined,
    content: '',
    lead: [{ kind: 'unit' }],
    cooperating: [],
    timeframe: { text: '' },
    forms: [],
    areas: [],
    indices: [],
    papiDimensions: [],
    expectedOutput: '',
    target: { quantity: null, measure: '', metric: null, perUnit: false },
    budgetVnd: null,
  };
}

export function taskToValues(task: Task): TaskFormValues {
  return {
    sectionCode: task.sectionCode ?? undefined,
    sectionTitle: task.sectionTitle ?? undefined,
    content: task.content,
    lead: task.lead.map(assignmentToValue),
    cooperating: task.cooperating.map(assignmentToValue),
    timeframe: { text: task.timeframe.text ?? '' },
    forms: [...task.forms],
    areas: [...task.areas],
    indices: [...task.indices],
    papiDimensions: [...task.papiDimensions],
    expectedOutput: task.expectedOutput ?? '',
    target: {
      quantity: task.target?.quantity ?? null,
      measure: task.target?.measure ?? '',
      metric: task.target?.metric ?? null,
      perUnit: task.target?.perUnit ?? false,
    },
    budgetVnd: task.budgetVnd ?? null,
  };
}

const trimmed = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

export function assignmentToInput(v: AssignmentValue): AssignmentInput {
  const o = v.original;
  if (v.kind === 'unit') {
    // keep the name as written in the document while the entry still names the same unit
    const text = o && o.unitId != null && o.unitId === v.unitId ? o.text : null;
    return { unitId: v.unitId ?? null, text };
  }
  if (v.kind === 'group') {
    const text = o && o.group != null && o.group === v.group ? o.text : null;
    return { group: v.group ?? null, text };
  }
  return { text: trimmed(v.text) };
}

/** The input for POST /plans/{id}/tasks or PUT /tasks/{id}; `original` is the task being edited. */
export function valuesToTaskInput(v: TaskFormValues, original?: Task | null): TaskInput {
  const text = trimmed(v.timeframe?.text);
  const tf = original?.timeframe;
  // an unchanged text keeps its reading; a new one is read by the server
  const timeframe =
    tf && (tf.text ?? null) === text
      ? { text, kind: tf.kind, quarters: tf.quarters.length ? tf.quarters : null, start: tf.start, end: tf.end }
      : text
        ? { text }
        : null;
  const quantity = v.target?.quantity;
  return {
    sectionCode: trimmed(v.sectionCode)?.toUpperCase() ?? null,
    sectionTitle: trimmed(v.sectionTitle),
    content: (v.content ?? '').trim(),
    forms: v.forms ?? [],
    areas: v.areas ?? [],
    indices: v.indices ?? [],
    papiDimensions: v.papiDimensions ?? [],
    lead: (v.lead ?? []).map(assignmentToInput),
    cooperating: (v.cooperating ?? []).map(assignmentToInput),
    expectedOutput: trimmed(v.expectedOutput),
    target:
      quantity === null || quantity === undefined
        ? null
        : {
            quantity,
            measure: trimmed(v.target.measure),
            metric: v.target.metric || null,
            perUnit: !!v.target.perUnit,
          },
    budgetVnd: v.budgetVnd ?? null,
    timeframe,
    parentTaskId: original?.parentTask?.id ?? null,
  };
}
