import { App, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTransition } from './api';
import { TransitionDialog } from './TransitionDialog';
import type { Transition, TransitionResult } from './types';
import { formatDate, todayInVietnam } from '../../components/dates';
import { ApiError, type ProblemDetails } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fmt, useI18n } from '../../i18n';

/** Today in Vietnam as yyyy-MM-dd (the server's "today" for on time / late). */
export { todayInVietnam };

/** What a workflow step acts on, named for the confirmations. */
export interface WorkflowTarget {
  id: number;
  version?: number;
  unitName: string;
  periodLabel: string;
  receivingUnitName?: string;
  dueOn?: string | null;
}

type Problem = ProblemDetails & { allowed?: string[] };

/**
 * The workflow steps as the user takes them: a confirmation (or a dialog asking for the comment that
 * sending back and returning need), the step, a message; a refused step is shown with what is allowed now.
 */
export function useWorkflow({ onDone, onReload }: { onDone?: (result: TransitionResult) => void; onReload?: () => void } = {}) {
  const { t } = useI18n();
  const tr = t.reports;
  const { modal, message } = App.useApp();
  const transition = useTransition();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [dialog, setDialog] = useState<{ action: 'send-back' | 'return'; target: WorkflowTarget } | null>(null);

  const successText: Record<Transition, string> = {
    submit: tr.submitted,
    approve: tr.approved,
    'send-back': tr.sentBack,
    accept: tr.accepted,
    return: tr.returned,
  };

  const send = async (action: Transition, target: WorkflowTarget, comment?: string) => {
    setProblem(null);
    const result = await transition.mutateAsync({ id: target.id, action, version: target.version, comment });
    if (result.changed) message.success(successText[action]);
    else message.info(result.message || tr.nothingChanged);
    onDone?.(result);
    return result;
  };

  /** Runs a step that needs no comment; errors are kept to be shown. */
  const confirmAndSend = (action: Transition, target: WorkflowTarget, content: ReactNode, before?: () => Promise<boolean>) =>
    modal.confirm({
      title: tr.action[action === 'submit' ? 'SUBMIT' : action === 'approve' ? 'APPROVE' : 'ACCEPT'],
      content,
      okText: tr.confirm,
      cancelText: t.common.cancel,
      onOk: async () => {
        try {
          if (before && !(await before())) return;
          await send(action, target);
        } catch (e) {
          if (e instanceof ApiError) setProblem(e.problem as Problem);
          else throw e;
        }
      },
    });

  const start = (action: Transition, target: WorkflowTarget, before?: () => Promise<boolean>) => {
    switch (action) {
      case 'submit':
        return confirmAndSend(action, target, tr.submitConfirm, before);
      case 'approve': {
        const late = target.dueOn && todayInVietnam() > target.dueOn;
        return confirmAndSend(
          action,
          target,
          <>
            <p>{fmt(tr.approveConfirm, { unit: target.receivingUnitName ?? '' })}</p>
            {late && <p style={{ color: '#92400e', fontWeight: 600 }}>{fmt(tr.approveLate, { due: formatDate(target.dueOn) })}</p>}
          </>,
          before,
        );
      }
      case 'accept':
        return confirmAndSend(action, target, fmt(tr.acceptConfirm, { period: target.periodLabel, unit: target.unitName }));
      case 'send-back':
      case 'return':
        setProblem(null);
        return setDialog({ action, target });
    }
  };

  const ui = (
    <>
      <WorkflowProblem
        problem={problem}
        onClose={() => setProblem(null)}
        onReload={
          onReload &&
          (() => {
            setProblem(null);
            onReload();
          })
        }
      />
      <TransitionDialog
        open={!!dialog}
        title={dialog?.action === 'return' ? `${tr.returnTitle} – ${dialog.target.unitName}` : tr.sendBackTitle}
        label={dialog?.action === 'return' ? tr.returnLabel : tr.sendBackLabel}
        okText={dialog?.action === 'return' ? tr.action.RETURN : tr.action.SEND_BACK}
        onCancel={() => setDialog(null)}
        onSubmit={async (comment) => {
          try {
            await send(dialog!.action, dialog!.target, comment);
            setDialog(null);
          } catch (e) {
            // a step refused for its state (409) is shown on the page, not in the dialog
            if (e instanceof ApiError && e.status === 409) {
              setDialog(null);
              setProblem(e.problem as Problem);
              return;
            }
            throw e;
          }
        }}
      />
    </>
  );

  return { start, ui, busy: transition.isPending };
}

/** A refused step: the server's problem, and for a 409 the actions the report's state allows. */
export function WorkflowProblem({ problem, onClose, onReload }: { problem: Problem | null; onClose: () => void; onReload?: () => void }) {
  const { t } = useI18n();
  const tr = t.reports;
  if (!problem) return null;
  const reload = onReload && (
    <Button size="small" onClick={onReload}>
      {t.common.reload}
    </Button>
  );
  // 412: someone changed the report meanwhile; reloading shows it as it is now
  if (problem.status === 412) return <ProblemAlert problem={problem} onClose={onClose} action={reload} />;
  if (problem.status !== 409 || !Array.isArray(problem.allowed)) return <ProblemAlert problem={problem} onClose={onClose} />;
  const names = problem.allowed.map((a) => tr.allowedAction[a as keyof typeof tr.allowedAction] ?? a);
  return (
    <ProblemAlert
      problem={{
        ...problem,
        title: problem.title || tr.notAllowedTitle,
        errors: [{ field: '', message: names.length ? fmt(tr.notAllowedList, { actions: names.join(', ') }) : tr.notAllowedNone }],
      }}
      onClose={onClose}
      action={reload}
    />
  );
}
