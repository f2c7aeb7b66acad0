import { describe, expect, it } from 'vitest';
import { fieldToNamePath, problemToFieldErrors, splitFieldErrors, toProblem } from './problem';

describe('problem+json → form field errors', () => {
  it('turns JSON field paths into form name paths', () => {
    expect(fieldToNamePath('title')).toEqual(['title']);
    expect(fieldToNamePath('sections.purpose')).toEqual(['sections', 'purpose']);
    expect(fieldToNamePath('recipients[2]')).toEqual(['recipients', 2]);
    expect(fieldToNamePath('legalBases.0')).toEqual(['legalBases', 0]);
    expect(fieldToNamePath('a[1].b')).toEqual(['a', 1, 'b']);
  });

  it('groups several messages for one field', () => {
    const errors = problemToFieldErrors({
      status: 400,
      errors: [
        { field: 'title', message: 'Không được để trống' },
        { field: 'title', message: 'Quá dài' },
        { field: 'recipients[2]', message: 'Quá dài' },
      ],
    });
    expect(errors).toEqual([
      { name: ['title'], errors: ['Không được để trống', 'Quá dài'] },
      { name: ['recipients', 2], errors: ['Quá dài'] },
    ]);
  });

  it('keeps violations without a matching field for an alert', () => {
    const { matched, unmatched } = splitFieldErrors(
      {
        status: 400,
        errors: [
          { field: 'number', message: 'Số hiệu đã được dùng' },
          { field: 'somethingElse', message: 'Lỗi khác' },
        ],
      },
      [['number'], ['issuedOn']],
    );
    expect(matched).toEqual([{ name: ['number'], errors: ['Số hiệu đã được dùng'] }]);
    expect(unmatched).toEqual([{ field: 'somethingElse', message: 'Lỗi khác' }]);
  });

  it('builds a problem from a body that is not problem+json', () => {
    expect(toProblem(502, '<html>Bad gateway</html>')).toEqual({ status: 502 });
    expect(toProblem(409, { type: 'x', title: 'Trùng', status: 409 }).title).toBe('Trùng');
  });
});
