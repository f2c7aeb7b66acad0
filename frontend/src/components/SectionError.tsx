import { Alert } from 'antd';
import { ApiError } from './problem';
import { ProblemAlert } from './ProblemAlert';

/**
 * What a section of a unit's page shows when its list cannot be read: a calm note when the unit's
 * work is outside the caller's scope (403 or 404), the problem otherwise; nothing when all is well.
 */
export function SectionError({ error, outOfScope }: { error: unknown; outOfScope: string }) {
  if (!error) return null;
  if (error instanceof ApiError && (error.problem.status === 403 || error.problem.status === 404)) {
    return <Alert type="info" showIcon title={outOfScope} />;
  }
  return <ProblemAlert problem={error instanceof ApiError ? error.problem : { status: 0 }} />;
}
