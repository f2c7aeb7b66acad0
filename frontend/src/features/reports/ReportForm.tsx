import { DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, InputNumber, Select, Space, Typography, type FormInstance } from 'antd';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useBlocker } from 'react-router';
import { useSaveReport } from './api';
import {
  formValuesToInput,
  isValidFigure,
  NARRATIVE_KEYS,
  reportToFormValues,
  targetText,
  type MetricInfo,
  type ReportFormValues,
} from './model';
import { TASK_PROGRESS, type Report, type ReportItem } from './types';
import { applyProblemToForm } from '../../components/formErrors';
import { searchLabels } from '../../components/PlanFilterSelect';
import { ApiError, type FieldViolation, type ProblemDetails } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RoleTag, taskNumber } from '../../components/TaskCells';
import { fmt, useI18n } from '../../i18n';

const FORM_NAME = 'report';
const OUTPUT_MAX = 5000;
const NARRATIVE_MAX = 50_000;

/** What the page can ask of the form: save pending changes before a workflow step. */
export interface ReportFormHandle {
  /** Saves if there are unsaved changes; false when the save failed (the form then shows why). */
  saveIfDirty: () => Promise<boolean>;
  version: () => number;
}

interface Props {
  report: Report;
  metrics: MetricInfo[];
  onReload: () => Promise<Report | undefined>;
  handle?: Ref<ReportFormHandle>;
}

/** The editable report: one block per task (progress, output, figures) and the narrative, saved with If-Match. */
export function ReportForm({ report, metrics, onReload, handle }: Props) {
  const { t } = useI18n();
  const tr = t.reports;
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<ReportFormValues>();
  const save = useSaveReport(report.id);
  // The version this form was loaded from: a background refetch must not silently move it (If-Match). A ref:
  // the page reads it right after a save, before React re-renders (a state would still hold the old one).
  const versionRef = useRef(report.version);
  const setVersion = (v: number) => {
    versionRef.current = v;
  };
  const [dirty, setDirty] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [problem, setProblem] = useState<{ problem: ProblemDetails; rest: FieldViolation[] } | null>(null);
  const dirtyRef = useRef(false);
  dirtyRef.current = dirty;

  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirtyRef.current && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t.plans.form.unsavedTitle,
      content: t.plans.form.unsavedText,
      okText: t.plans.form.leave,
      cancelText: t.plans.form.stay,
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, t]);
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirtyRef.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const doSave = async (): Promise<boolean> => {
    let values: ReportFormValues;
    try {
      await form.validateFields();
      values = form.getFieldsValue(true) as ReportFormValues;
    } catch {
      return false;
    }
    setProblem(null);
    setConflict(false);
    try {
      const saved = await save.mutateAsync({ body: formValuesToInput(values), version: versionRef.current });
      setVersion(saved.version);
      form.setFieldsValue(reportToFormValues(saved));
      setDirty(false);
      message.success(tr.saved);
      return true;
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.status === 412) setConflict(true);
      else {
        const rest = applyProblemToForm(form, e.problem);
        if (rest.length > 0 || !e.problem.errors?.length) setProblem({ problem: e.problem, rest });
      }
      return false;
    }
  };

  useImperativeHandle(handle, () => ({
    saveIfDirty: async () => (dirtyRef.current ? doSave() : true),
    version: () => versionRef.current,
  }));

  const reloadKeepingInput = async () => {
    const latest = await onReload();
    if (!latest) return;
    // what the user typed stays in the form; only the version to write over moves
    setVersion(latest.version);
    setConflict(false);
    message.info(tr.conflictReloaded);
  };

  return (
    <Form<ReportFormValues>
      form={form}
      name={FORM_NAME}
      layout="vertical"
      initialValues={reportToFormValues(report)}
      onValuesChange={() => setDirty(true)}
      onFinish={() => void doSave()}
      scrollToFirstError={{ focus: true, block: 'center' }}
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={tr.conflictTitle}
          description={tr.conflictText}
          action={<Button onClick={reloadKeepingInput}>{tr.conflictReload}</Button>}
          style={{ marginBottom: 16 }}
        />
      )}
      {problem && <ProblemAlert problem={problem.problem} violations={problem.rest} onClose={() => setProblem(null)} />}

      <section className="report-section" aria-labelledby="report-items">
        <Typography.Title level={2} id="report-items">
          {tr.items}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{tr.itemsIntro}</Typography.Paragraph>
        {report.items.length === 0 && <Typography.Paragraph>{tr.noItems}</Typography.Paragraph>}
        {report.items.map((item, index) => (
          <ItemFields key={item.task.id} form={form} item={item} index={index} metrics={metrics} onChange={() => setDirty(true)} />
        ))}
      </section>

      <section className="report-section" aria-labelledby="report-narrative">
        <Typography.Title level={2} id="report-narrative">
          {tr.narrative}
        </Typography.Title>
        {NARRATIVE_KEYS.map((k) => (
          <Form.Item
            key={k}
            name={k}
            label={tr[k]}
            rules={[{ max: NARRATIVE_MAX, message: fmt(t.common.maxLength, { field: tr[k], max: '50.000' }) }]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={NARRATIVE_MAX} />
          </Form.Item>
        ))}
      </section>

      <Space wrap align="center" style={{ marginTop: 8 }}>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {tr.save}
        </Button>
        <span aria-live="polite" className="report-unsaved">
          {dirty ? tr.unsaved : ''}
        </span>
      </Space>
    </Form>
  );
}

/** The fields of one task: progress, percent, output and its figures (each a labelled whole number with its unit). */
function ItemFields({
  form,
  item,
  index,
  metrics,
  onChange,
}: {
  form: FormInstance<ReportFormValues>;
  item: ReportItem;
  index: number;
  metrics: MetricInfo[];
  onChange: () => void;
}) {
  const { t } = useI18n();
  const tr = t.reports;
  const number = taskNumber(item.task.sectionCode, item.task.orderNo);
  // preserve: the figures object is no field of its own, only its entries are
  const figures = (Form.useWatch(['items', index, 'figures'], { form, preserve: true }) ?? {}) as Record<string, number | null>;
  const used = Object.keys(figures);
  const headingId = `report-task-${item.task.id}`;
  const hidden = (text: string) => (
    <>
      {' '}
      <span className="visually-hidden">{text}</span>
    </>
  );
  const metricOf = (code: string) => metrics.find((m) => m.code === code) ?? { code, label: code, measure: null };

  // the field of a figure just added takes the focus once it is rendered (useWatch re-renders a tick later)
  const [focusCode, setFocusCode] = useState<string | null>(null);
  useEffect(() => {
    if (!focusCode || !used.includes(focusCode)) return;
    document.getElementById(`${FORM_NAME}_items_${index}_figures_${focusCode}`)?.focus();
    setFocusCode(null);
  }, [focusCode, used, index]);
  const addFigure = (code: string) => {
    form.setFieldValue(['items', index, 'figures'], { ...figures, [code]: null });
    onChange();
    setFocusCode(code);
  };
  const removeFigure = (code: string) => {
    const next = { ...figures };
    delete next[code];
    form.setFieldValue(['items', index, 'figures'], next);
    onChange();
    setTimeout(() => document.getElementById(`report-add-figure-${item.task.id}`)?.focus(), 0);
  };

  return (
    <section className="report-item" aria-labelledby={headingId} id={`report-item-${item.task.id}`}>
      <Typography.Title level={3} id={headingId}>
        {fmt(tr.task, { number })}: {item.task.excerpt}
      </Typography.Title>
      <div className="report-item-meta">
        <RoleTag role={item.role} /> {item.target && <span>{fmt(tr.target, { target: targetText(item.target, tr) })}</span>}
      </div>
      <Form.Item name={['items', index, 'taskId']} hidden>
        <Input />
      </Form.Item>
      <div className="report-item-fields">
        <Form.Item
          name={['items', index, 'status']}
          label={
            <>
              {tr.status}
              {hidden(`– ${fmt(tr.task, { number })}`)}
            </>
          }
          style={{ minWidth: 200 }}
        >
          <Select
            options={TASK_PROGRESS.map((p) => ({ value: p, label: tr.progress[p] }))}
            onChange={(v) => {
              if (v === 'DONE' && form.getFieldValue(['items', index, 'percent']) == null) {
                form.setFieldValue(['items', index, 'percent'], 100);
              }
            }}
          />
        </Form.Item>
        <Form.Item
          name={['items', index, 'percent']}
          label={
            <>
              {tr.percent}
              {hidden(`– ${fmt(tr.task, { number })}`)}
            </>
          }
          rules={[{ type: 'number', min: 0, max: 100, message: fmt(t.common.range, { field: tr.percent, min: 0, max: 100 }) }]}
        >
          <InputNumber min={0} max={100} precision={0} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item
          name={['items', index, 'output']}
          label={
            <>
              {tr.output}
              {hidden(`– ${fmt(tr.task, { number })}`)}
            </>
          }
          rules={[{ max: OUTPUT_MAX, message: fmt(t.common.maxLength, { field: tr.output, max: '5.000' }) }]}
          style={{ flex: 1, minWidth: 320 }}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={OUTPUT_MAX} />
        </Form.Item>
      </div>
      <fieldset className="report-figures">
        <legend>
          {tr.figures}
          {hidden(`– ${fmt(tr.task, { number })}`)}
        </legend>
        {used.length === 0 && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {tr.noFigures}
          </Typography.Paragraph>
        )}
        {used.map((code) => {
          const m = metricOf(code);
          const label = m.measure ? `${m.label} (${m.measure})` : m.label;
          return (
            <div className="report-figure-row" key={code}>
              <Form.Item
                name={['items', index, 'figures', code]}
                label={
                  <>
                    {label}
                    {hidden(`– ${fmt(tr.task, { number })}`)}
                  </>
                }
                rules={[
                  { required: true, message: tr.figureRequired },
                  {
                    validator: async (_: unknown, v: unknown) => {
                      if (v !== null && v !== undefined && !isValidFigure(v)) throw new Error(tr.figureInvalid);
                    },
                  },
                ]}
              >
                <InputNumber min={0} precision={0} style={{ width: 180 }} suffix={m.measure ?? undefined} />
              </Form.Item>
              <Button
                icon={<DeleteOutlined aria-hidden />}
                aria-label={fmt(tr.removeFigure, { metric: m.label, number })}
                onClick={() => removeFigure(code)}
                style={{ marginTop: 30 }}
              />
            </div>
          );
        })}
        {used.length < metrics.length && (
          <Select
            id={`report-add-figure-${item.task.id}`}
            aria-label={fmt(tr.addFigureOf, { number })}
            placeholder={tr.addFigure}
            showSearch={searchLabels}
            value={null}
            onChange={(code: string) => addFigure(code)}
            options={metrics
              .filter((m) => !used.includes(m.code))
              .map((m) => ({ value: m.code, label: m.measure ? `${m.label} (${m.measure})` : m.label }))}
            style={{ width: 320 }}
            popupMatchSelectWidth={false}
          />
        )}
      </fieldset>
    </section>
  );
}
