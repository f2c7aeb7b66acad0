import { describe, expect, it } from 'vitest';
import { taskToValues, valuesToTaskInput } from './taskForm';
import { PT_SNV, PT_VHTTDL, TASKS } from '../../../test/tasks';

describe('the task form → TaskInput', () => {
  const parentRef = { id: 900, planId: 3, sectionCode: 'II', orderNo: 1, excerpt: 'Cung cấp thông tin' };
  const task = { ...TASKS[2], parentTask: parentRef };

  it('an untouched task goes back as it was: names as written, timeframe reading, parent task', () => {
    const input = valuesToTaskInput(taskToValues(task), task);
    expect(input).toMatchObject({
      sectionCode: 'II',
      content: task.content,
      lead: [{ unitId: PT_SNV.id, text: 'Sở Nội vụ' }],
      cooperating: [{ text: 'Ban Quản lý dự án vũ trụ' }],
      timeframe: { text: 'Quý II, III năm 2026', kind: 'QUARTERS', quarters: [2, 3], start: '2026-04-01', end: '2026-09-30' },
      budgetVnd: 50_000_000,
      target: null,
      parentTaskId: 900,
    });
  });

  it('another unit drops the old wording; a new timeframe text is read by the server', () => {
    const values = taskToValues(task);
    values.lead[0] = { ...values.lead[0], unitId: PT_VHTTDL.id };
    values.timeframe = { text: ' Quý IV năm 2026 ' };
    values.target = { quantity: 3, measure: 'cuộc', metric: 'DIALOGUES', perUnit: true };
    const input = valuesToTaskInput(values, task);
    expect(input.lead).toEqual([{ unitId: PT_VHTTDL.id, text: null }]);
    expect(input.timeframe).toEqual({ text: 'Quý IV năm 2026' });
    expect(input.target).toEqual({ quantity: 3, measure: 'cuộc', metric: 'DIALOGUES', perUnit: true });
    expect(input.parentTaskId).toBe(900);
  });
});
