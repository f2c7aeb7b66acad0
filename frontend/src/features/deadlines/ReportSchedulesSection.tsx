import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useDeleteSchedule, useReportSchedules, useWorkingDaysAfter } from './api';
import { DueDate } from './DueDate';
import { ScheduleFormDialog } from './ScheduleFormDialog';
import { describeSchedule } from './scheduleText';
import type { ReportSchedule } from './types';
import { useCurrentUser, useUnitTree } from '../../app/queries';
import type { CurrentUser, Plan, UnitTreeNode } from '../../app/types';
import { formatDate } from '../../components/dates';
import { ApiError } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateRange } from '../../components/TaskCells';
import { fmt, useI18n } from '../../i18n';
import './deadlines.css';

function contains(nodes: UnitTreeNode[] | undefined, id: number): boolean {
  return (nodes ?? []).some((n) => n.id === id || contains(n.children, id));
}

/**
 * May the user add schedules to the plan? The server's rule: admins, or whoever may write for the
 * issuing unit (its subtree is in their scope), while the plan is not closed. Each schedule also says
 * whether the user may change it; the server has the last word (403).
 */
export function mayAddSchedules(plan: Plan, me: CurrentUser | undefined, scopeTree: UnitTreeNode[] | undefined): boolean {
  if (!me || plan.status === 'CLOSED') return false;
  if (me.roles.includes('admin')) return true;
  if (!me.scopeUnit || !me.roles.some((r) => r === 'coordinator' || r === 'leader' || r === 'officer')) return false;
  return me.scopeUnit.id === plan.issuingUnit.id || contains(scopeTree, plan.issuingUnit.id);
}

function ScheduleCard({ schedule, onEdit, onDelete }: { schedule: ReportSchedule; onEdit: () => void; onDelete: () => void }) {
  const { t } = useI18n();
  const ts = t.deadlines.schedules;
  const titleId = `schedule-${schedule.id}-title`;
  return (
    <article className="schedule-card" aria-labelledby={titleId}>
      <div className="page-header" style={{ marginBottom: 4 }}>
        <Typography.Title level={3} id={titleId} style={{ fontSize: 16, margin: 0 }}>
          {schedule.name}
        </Typography.Title>
        {schedule.editable && (
          <Space>
            <Button size="small" onClick={onEdit} aria-label={fmt(ts.editNamed, { name: schedule.name })}>
              {ts.edit}
            </Button>
            <Button size="small" danger onClick={onDelete} aria-label={fmt(ts.deleteNamed, { name: schedule.name })}>
              {ts.delete}
            </Button>
          </Space>
        )}
      </div>
      <p className="schedule-words">{describeSchedule(schedule, t)}</p>
      {schedule.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} style={{ marginBottom: 8 }} />
      ))}
      {schedule.occurrences.length === 0 ? (
        <Typography.Paragraph type="secondary">{ts.noPeriods}</Typography.Paragraph>
      ) : (
        <div className="table-scroll">
          <table className="schedule-periods">
            <caption className="visually-hidden">{fmt(ts.periodsTable, { name: schedule.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{ts.period}</th>
                <th scope="col">{ts.figures}</th>
                <th scope="col">{ts.due}</th>
              </tr>
            </thead>
            <tbody>
              {schedule.occurrences.map((o) => (
                <tr key={o.key}>
                  <th scope="row">{o.label}</th>
                  <td>{formatDateRange(o.start, o.end)}</td>
                  <td>
                    <DueDate dueOn={o.dueOn} workingDay={o.dueOnWorkingDay} note={o.dueNote} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}

/** The plan's "Lịch báo cáo" tab: its implementing-plan period and report schedules, editable while allowed. */
export function ReportSchedulesSection({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const ts = t.deadlines.schedules;
  const { modal, message } = App.useApp();
  const me = useCurrentUser();
  const scopeId = me.data?.scopeUnit?.id;
  const scopeTree = useUnitTree(scopeId, scopeId !== undefined && scopeId !== plan.issuingUnit.id);
  const schedules = useReportSchedules(plan.id);
  const due = useWorkingDaysAfter(plan.issuedOn, plan.implementingPlanDays);
  const remove = useDeleteSchedule(plan.id);
  const [editing, setEditing] = useState<ReportSchedule | null | undefined>(undefined);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const items = schedules.data ?? [];
  const mayAdd = items.some((s) => s.editable) || plan.permissions.canEdit || mayAddSchedules(plan, me.data, scopeTree.data);

  const confirmDelete = (s: ReportSchedule) =>
    modal.confirm({
      title: fmt(ts.confirmDelete, { name: s.name }),
      content: ts.confirmDeleteText,
      okText: ts.delete,
      okButtonProps: { danger: true },
      cancelText: t.common.cancel,
      onOk: async () => {
        setActionError(null);
        try {
          await remove.mutateAsync({ id: s.id, version: s.version });
          message.success(ts.deleted);
        } catch (e) {
          if (e instanceof ApiError) setActionError(e);
          else throw e;
        }
      },
    });

  return (
    <section aria-labelledby="schedules-title" className="plan-section">
      <div className="page-header">
        <Typography.Title level={2} id="schedules-title" style={{ margin: 0 }}>
          {ts.title}
        </Typography.Title>
        {mayAdd && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing(null)}>
            {ts.add}
          </Button>
        )}
      </div>
      <Typography.Paragraph className="implementing-days">
        {plan.implementingPlanDays > 0 ? fmt(ts.implementingDays, { days: plan.implementingPlanDays }) : ts.implementingNone}
        {due.data && (
          <>
            {'. '}
            {fmt(ts.implementingDue, { date: formatDate(due.data.result) })}
          </>
        )}
      </Typography.Paragraph>
      {actionError && <ProblemAlert problem={actionError.problem} onClose={() => setActionError(null)} />}
      {schedules.isPending ? (
        <Skeleton active />
      ) : schedules.error ? (
        <ProblemAlert problem={schedules.error instanceof ApiError ? schedules.error.problem : { status: 0 }} />
      ) : items.length === 0 ? (
        <Typography.Paragraph>{ts.none}</Typography.Paragraph>
      ) : (
        <div className="schedule-list">
          {items.map((s) => (
            <ScheduleCard key={s.id} schedule={s} onEdit={() => setEditing(s)} onDelete={() => confirmDelete(s)} />
          ))}
        </div>
      )}
      <ScheduleFormDialog
        planId={plan.id}
        schedule={editing}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          message.success(ts.saved);
        }}
      />
    </section>
  );
}
