import { describe, expect, it } from 'vitest';
import { patchParams, readFilters, toQuery } from './params';

const read = (qs: string) => readFilters(new URLSearchParams(qs));

describe('the filters in the URL', () => {
  it('defaults: the list, the scope of the caller with the units below, 20 by due date', () => {
    const f = read('');
    expect(f).toMatchObject({ view: 'list', subtree: true, page: 0, size: 20, sort: 'dueOn,asc' });
    expect(toQuery(f)).toEqual({ page: 0, size: 20, sort: 'dueOn,asc' });
  });

  it('maps every filter to the API query', () => {
    const f = read(
      'view=month&unit=35&subtree=0&kind=TASK&state=OVERDUE&planId=3&from=2026-03-01&to=2026-03-31&page=3&size=50&sort=unit,desc&month=2026-03',
    );
    expect(f.view).toBe('month');
    expect(f.month).toBe('2026-03');
    expect(toQuery(f)).toEqual({
      unitId: 35,
      subtree: false,
      kind: 'TASK',
      state: 'OVERDUE',
      planId: 3,
      from: '2026-03-01',
      to: '2026-03-31',
      page: 2,
      size: 50,
      sort: 'unit,desc',
    });
  });

  it('takes the planId of reminder links (/deadlines?planId=3)', () => {
    expect(toQuery(read('planId=3')).planId).toBe(3);
  });

  it('ignores what it does not understand', () => {
    const f = read(
      'view=gantt&unit=x&kind=MEETING&state=LATE&planId=-1&from=2026-02-30&to=31/03/2026&page=0&size=1000&sort=title,asc&month=2026-13',
    );
    expect(f).toMatchObject({ view: 'list', page: 0, size: 100, sort: 'dueOn,asc' });
    expect(f.unitId).toBeUndefined();
    expect(f.kind).toBeUndefined();
    expect(f.state).toBeUndefined();
    expect(f.planId).toBeUndefined();
    expect(f.from).toBeUndefined();
    expect(f.to).toBeUndefined();
    expect(f.month).toBeUndefined();
  });

  it('a change of filter goes back to the first page; paging keeps the filters', () => {
    const sp = new URLSearchParams('kind=TASK&page=3');
    expect(patchParams(sp, { state: 'OVERDUE' }).toString()).toBe('kind=TASK&state=OVERDUE');
    expect(patchParams(sp, { page: 4 }, false).toString()).toBe('kind=TASK&page=4');
    expect(patchParams(sp, { kind: undefined }).toString()).toBe('');
  });
});
