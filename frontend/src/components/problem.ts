// RFC 9457 problem details as the server sends them, and the error the API layer throws.

export interface FieldViolation {
  field: string;
  message: string;
}

export interface ProblemDetails {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldViolation[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;
  constructor(problem: ProblemDetails) {
    super(problem.title || problem.detail || `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }
}

export function isProblem(body: unknown): body is ProblemDetails {
  return typeof body === 'object' && body !== null && typeof (body as { status?: unknown }).status === 'number';
}

/** Builds the problem for a failed response whose body may or may not be problem+json. */
export function toProblem(status: number, body: unknown): ProblemDetails {
  if (isProblem(body)) return { ...body, status: body.status || status };
  if (typeof body === 'object' && body !== null) {
    const b = body as Record<string, unknown>;
    return {
      status,
      title: typeof b.title === 'string' ? b.title : undefined,
      detail: typeof b.detail === 'string' ? b.detail : undefined,
      errors: Array.isArray(b.errors) ? (b.errors as FieldViolation[]) : undefined,
    };
  }
  return { status };
}

export type NamePath = (string | number)[];

/**
 * Turns a JSON field path of the request body into a form name path:
 * "title" → ["title"], "sections.purpose" → ["sections", "purpose"], "recipients[2]" → ["recipients", 2].
 */
export function fieldToNamePath(field: string): NamePath {
  const path: NamePath = [];
  for (const token of field.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    if (token.startsWith('[')) path.push(Number(token.slice(1, -1)));
    else if (/^\d+$/.test(token) && path.length > 0) path.push(Number(token));
    else path.push(token);
  }
  return path;
}

export interface FieldErrors {
  name: NamePath;
  errors: string[];
}

/** Groups a problem's violations by form field. */
export function problemToFieldErrors(problem: ProblemDetails): FieldErrors[] {
  const byKey = new Map<string, FieldErrors>();
  for (const v of problem.errors ?? []) {
    if (!v || typeof v.field !== 'string' || !v.field) continue;
    const name = fieldToNamePath(v.field);
    const key = JSON.stringify(name);
    const entry = byKey.get(key) ?? { name, errors: [] };
    entry.errors.push(v.message);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

/**
 * Splits a problem's violations into those that belong to one of the known fields and the rest
 * (which the UI must still show, e.g. in an alert).
 */
export function splitFieldErrors(problem: ProblemDetails, knownFields: NamePath[]) {
  const known = new Set(knownFields.map((n) => JSON.stringify(n)));
  const matched: FieldErrors[] = [];
  const unmatched: FieldViolation[] = [];
  for (const fe of problemToFieldErrors(problem)) {
    if (known.has(JSON.stringify(fe.name))) matched.push(fe);
    else fe.errors.forEach((message) => unmatched.push({ field: fe.name.join('.'), message }));
  }
  for (const v of problem.errors ?? []) {
    if (!v || typeof v.field !== 'string' || !v.field) unmatched.push({ field: '', message: v?.message ?? '' });
  }
  return { matched, unmatched };
}
