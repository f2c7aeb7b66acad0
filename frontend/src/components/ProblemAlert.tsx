import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { fmt, useI18n } from '../i18n';
import type { FieldViolation, ProblemDetails } from './problem';

interface Props {
  problem: ProblemDetails | null | undefined;
  /** Violations that could not be shown on a form field; defaults to all of the problem's. */
  violations?: FieldViolation[];
  action?: ReactNode;
  onClose?: () => void;
}

/** Renders an RFC 9457 problem: the server's localised title and detail, and its field violations. */
export function ProblemAlert({ problem, violations, action, onClose }: Props) {
  const { t } = useI18n();
  if (!problem) return null;
  const list = violations ?? problem.errors ?? [];
  const fallbackTitle =
    problem.status === 0
      ? t.errors.network
      : problem.status === 403
        ? t.errors.forbidden
        : problem.status === 404
          ? t.errors.notFoundText
          : fmt(t.errors.unexpected, { status: problem.status });
  const title = problem.title || fallbackTitle;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={
        problem.detail || list.length > 0 ? (
          <>
            {problem.detail && problem.detail !== title && <p style={{ margin: 0 }}>{problem.detail}</p>}
            {list.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {list.map((v, i) => (
                  <li key={i}>{v.message}</li>
                ))}
              </ul>
            )}
          </>
        ) : undefined
      }
      action={action}
      closable={onClose ? { onClose, 'aria-label': t.common.close } : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
