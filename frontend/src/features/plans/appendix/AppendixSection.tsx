import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  DownloadOutlined,
  EditOutlined,
  ImportOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { App, Button, Empty, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { canMove, groupBySection, moveWithinSection, sectionHeading } from './sections';
import { TaskFormDrawer } from './TaskFormDrawer';
import { referenceLabel, useReferenceLists } from '../../../app/queries';
import type { Plan, Task } from '../../../app/types';
import { ButtonLink } from '../../../components/ButtonLink';
import { ApiError } from '../../../components/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { AssignmentList, formatVnd, taskNumber, TimeframeCell } from '../../../components/TaskCells';
import { fmt, formatNumber, useI18n } from '../../../i18n';
import { downloadAppendix, useDeleteTask, usePlanTasks, useReorderTasks } from '../tasksApi';

/** The link to a task in its plan's appendix. */
export function taskHref(planId: number, taskId: number): string {
  return `/plans/${planId}?tab=appendix#task-${taskId}`;
}

/** The plan's appendix: its tasks by section, and for a draft one may edit, adding, editing, reordering, importing. */
export function AppendixSection({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const query = usePlanTasks(plan.id);
  const tasks = useMemo(() => query.data?.items ?? [], [query.data]);
  const editable = plan.permissions.canEdit;
  const { modal, message } = App.useApp();
  const [drawer, setDrawer] = useState<{ task: Task | null } | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [exporting, setExporting] = useState(false);
  const reorder = useReorderTasks(plan.id);
  const remove = useDeleteTask(plan.id);
  const focusAfterMove = useRef<{ id: number; direction: -1 | 1 } | null>(null);
  const location = useLocation();
  const [highlighted, setHighlighted] = useState<string | null>(null);

  // Arriving from a link to one task (#task-12): bring it into view and focus it.
  useEffect(() => {
    if (!query.data || !location.hash.startsWith('#task-')) return;
    const id = location.hash.slice(1);
    const row = document.getElementById(id);
    if (!row) return;
    row.scrollIntoView({ block: 'center' });
    row.focus({ preventScroll: true });
    setHighlighted(id);
  }, [query.data, location.hash]);

  // After a move, keep the keyboard focus on the moved task's button.
  useEffect(() => {
    const f = focusAfterMove.current;
    if (!f) return;
    focusAfterMove.current = null;
    const same = document.getElementById(`move-${f.direction === -1 ? 'up' : 'down'}-${f.id}`) as HTMLButtonElement | null;
    const other = document.getElementById(`move-${f.direction === -1 ? 'down' : 'up'}-${f.id}`) as HTMLButtonElement | null;
    (same && !same.disabled ? same : other)?.focus();
  }, [tasks]);

  const run = async (action: () => Promise<unknown>) => {
    setActionError(null);
    try {
      await action();
    } catch (e) {
      if (e instanceof ApiError) setActionError(e);
      else throw e;
    }
  };

  const move = (task: Task, direction: -1 | 1) => {
    const ids = moveWithinSection(tasks, task.id, direction);
    if (!ids || reorder.isPending) return;
    // set before the appendix changes, so the effect on the new order finds it
    focusAfterMove.current = { id: task.id, direction };
    void run(async () => {
      const page = await reorder.mutateAsync(ids);
      const moved = page.items.find((x) => x.id === task.id);
      if (moved) setAnnouncement(fmt(t.appendix.moved, { number: taskNumber(moved.sectionCode, moved.orderNo) }));
    });
  };

  const confirmDelete = (task: Task) => {
    const number = taskNumber(task.sectionCode, task.orderNo);
    modal.confirm({
      title: fmt(t.appendix.confirmDelete, { number }),
      content: t.appendix.confirmDeleteText,
      okText: t.common.delete,
      okButtonProps: { danger: true },
      cancelText: t.common.cancel,
      onOk: () =>
        run(async () => {
          await remove.mutateAsync({ id: task.id, version: task.version });
          message.success(t.appendix.deleted);
        }),
    });
  };

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await downloadAppendix(plan.id, `phu-luc-ke-hoach-${plan.id}.xlsx`);
    } catch {
      message.error(t.appendix.exportFailed);
    } finally {
      setExporting(false);
    }
  };

  const sections = useMemo(() => groupBySection(tasks), [tasks]);
  const columns = editable ? 7 : 6;

  return (
    <section aria-labelledby="appendix-title" className="appendix">
      <div className="page-header">
        <Typography.Title level={2} id="appendix-title" style={{ fontSize: 18, margin: 0 }}>
          {t.appendix.title}
        </Typography.Title>
        <Space wrap>
          {editable && (
            <>
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDrawer({ task: null })}>
                {t.appendix.addTask}
              </Button>
              <ButtonLink to={`/plans/${plan.id}/import`} icon={<ImportOutlined aria-hidden />}>
                {t.appendix.import}
              </ButtonLink>
            </>
          )}
          <Button icon={<DownloadOutlined aria-hidden />} onClick={exportXlsx} loading={exporting} disabled={tasks.length === 0}>
            {t.appendix.export}
          </Button>
        </Space>
      </div>

      {actionError && (
        <ProblemAlert
          problem={actionError.problem}
          onClose={() => setActionError(null)}
          action={
            actionError.status === 412 || actionError.status === 409 ? (
              <Button
                size="small"
                onClick={() => {
                  setActionError(null);
                  void query.refetch();
                }}
              >
                {t.common.reload}
              </Button>
            ) : undefined
          }
        />
      )}
      {query.error && <ProblemAlert problem={query.error instanceof ApiError ? query.error.problem : { status: 0 }} />}
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>

      {query.isPending ? (
        <Skeleton active />
      ) : tasks.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.appendix.empty} />
      ) : (
        <div className="table-scroll">
          <table className="task-table">
            <caption className="visually-hidden">
              {t.appendix.table} ({fmt(t.appendix.count, { count: formatNumber(tasks.length) })})
            </caption>
            <thead>
              <tr>
                <th scope="col" className="col-number">
                  {t.tasks.number}
                </th>
                <th scope="col" className="col-content">
                  {t.tasks.content}
                </th>
                <th scope="col" className="col-units">
                  {t.tasks.lead}
                </th>
                <th scope="col" className="col-units">
                  {t.tasks.cooperating}
                </th>
                <th scope="col" className="col-timeframe">
                  {t.tasks.timeframe}
                </th>
                <th scope="col">{t.tasks.expectedOutput}</th>
                {editable && (
                  <th scope="col" className="col-actions">
                    {t.common.actions}
                  </th>
                )}
              </tr>
            </thead>
            {sections.map((s) => (
              <tbody key={s.key} data-section={s.code ?? ''}>
                <tr className="task-section-row">
                  <th scope="rowgroup" colSpan={columns}>
                    {sectionHeading(s.code, s.title, t.appendix.noSection)}
                  </th>
                </tr>
                {s.items.map(({ item }) => (
                  <TaskRow
                    key={item.id}
                    task={item}
                    editable={editable}
                    highlighted={highlighted === `task-${item.id}`}
                    canUp={canMove(tasks, item.id, -1)}
                    canDown={canMove(tasks, item.id, 1)}
                    onEdit={() => setDrawer({ task: item })}
                    onDelete={() => confirmDelete(item)}
                    onMove={(d) => move(item, d)}
                  />
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}

      {drawer && (
        <TaskFormDrawer
          open
          plan={plan}
          tasks={tasks}
          task={drawer.task}
          onClose={() => setDrawer(null)}
          onSaved={(saved, created) => {
            setDrawer(null);
            const number = taskNumber(saved.sectionCode, saved.orderNo);
            message.success(fmt(created ? t.appendix.created : t.appendix.saved, { number }));
          }}
          onReload={async (taskId) => (await query.refetch()).data?.items.find((x) => x.id === taskId)}
        />
      )}
    </section>
  );
}

interface RowProps {
  task: Task;
  editable: boolean;
  highlighted: boolean;
  canUp: boolean;
  canDown: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onMove: (direction: -1 | 1) => void;
}

function TaskRow({ task, editable, highlighted, canUp, canDown, onEdit, onDelete, onMove }: RowProps) {
  const { t, lang } = useI18n();
  const refs = useReferenceLists();
  const number = taskNumber(task.sectionCode, task.orderNo);
  const tags = [
    ...task.areas.map((c) => referenceLabel(refs.data, 'cchcAreas', c)),
    ...task.indices.map((c) => referenceLabel(refs.data, 'indices', c)),
  ];
  return (
    <tr id={`task-${task.id}`} tabIndex={-1} className={highlighted ? 'task-row task-row-highlighted' : 'task-row'}>
      <td className="col-number">{task.orderNo}</td>
      <td className="col-content">
        <div className="multiline">{task.content}</div>
        {task.parentTask && (
          <div className="task-parent">
            <Link to={`/plans/${task.parentTask.planId}?tab=appendix#task-${task.parentTask.id}`}>
              {fmt(t.tasks.implementsParent, { number: taskNumber(task.parentTask.sectionCode, task.parentTask.orderNo) })}
            </Link>
          </div>
        )}
        {tags.length > 0 && (
          <div className="task-tags">
            {tags.map((label) => (
              <Tag key={label}>{label}</Tag>
            ))}
          </div>
        )}
      </td>
      <td>
        <AssignmentList items={task.lead} />
      </td>
      <td>
        <AssignmentList items={task.cooperating} />
      </td>
      <td>
        <TimeframeCell timeframe={task.timeframe} />
      </td>
      <td>
        {task.expectedOutput ? (
          <div className="multiline">{task.expectedOutput}</div>
        ) : (
          !task.target && task.budgetVnd == null && t.common.empty
        )}
        {task.target && (
          <div>
            {fmt(t.tasks.target, { quantity: formatNumber(task.target.quantity, 'vi'), measure: task.target.measure ?? '' }).trim()}
            {task.target.perUnit ? ` ${t.tasks.targetPerUnit}` : ''}
          </div>
        )}
        {task.budgetVnd != null && <div>{fmt(t.tasks.budget, { amount: formatVnd(task.budgetVnd, lang) })}</div>}
      </td>
      {editable && (
        <td className="col-actions">
          <Space size={4} wrap>
            <Button
              size="small"
              id={`move-up-${task.id}`}
              icon={<ArrowUpOutlined aria-hidden />}
              aria-label={fmt(t.appendix.moveUp, { number })}
              disabled={!canUp}
              onClick={() => onMove(-1)}
            />
            <Button
              size="small"
              id={`move-down-${task.id}`}
              icon={<ArrowDownOutlined aria-hidden />}
              aria-label={fmt(t.appendix.moveDown, { number })}
              disabled={!canDown}
              onClick={() => onMove(1)}
            />
            <Button size="small" icon={<EditOutlined aria-hidden />} aria-label={fmt(t.appendix.editTask, { number })} onClick={onEdit} />
            <Button
              size="small"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={fmt(t.appendix.deleteTask, { number })}
              onClick={onDelete}
            />
          </Space>
        </td>
      )}
    </tr>
  );
}
