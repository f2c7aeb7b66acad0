import type { FormInstance } from 'antd';
import { splitFieldErrors, type FieldViolation, type ProblemDetails } from './problem';

/**
 * Puts a 400/409 problem's field violations on the matching antd form fields and returns the
 * violations that no field on the form can show.
 */
export function applyProblemToForm(form: FormInstance, problem: ProblemDetails): FieldViolation[] {
  const known = form.getFieldsError().map((f) => f.name);
  const { matched, unmatched } = splitFieldErrors(problem, known);
  if (matched.length > 0) {
    form.setFields(matched.map((m) => ({ name: m.name, errors: m.errors })));
    form.scrollToField(matched[0].name, { block: 'center', focus: true });
  }
  return unmatched;
}
