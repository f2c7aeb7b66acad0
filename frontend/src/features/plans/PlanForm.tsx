import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useBlocker } from 'react-router';
import { formValuesToInput, type PlanFormValues } from './formValues';
import { ParentPlanSelect } from './ParentPlanSelect';
import { unitTreeToSelectData, useWritableUnitTree } from '../../app/queries';
import { PLAN_KINDS, SECTION_KEYS, type Plan, type PlanInput } from '../../app/types';
import { applyProblemToForm } from '../../components/formErrors';
import { MarkdownEditor } from '../../components/MarkdownEditor';
import { ApiError, type FieldViolation, type ProblemDetails } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SearchableTreeSelect } from '../../components/SearchableTreeSelect';
import { fmt, useI18n } from '../../i18n';

// Limits of the API (PlanInput); the server checks them too and its messages are shown as well.
export const LIMITS = {
  title: 500,
  place: 100,
  legalBasis: 1000,
  legalBases: 50,
  recipient: 300,
  recipients: 100,
  section: 100_000,
  yearMin: 2000,
  yearMax: 2100,
} as const;

interface Props {
  mode: 'create' | 'edit';
  initialValues: PlanFormValues;
  /** The plan being edited, if any (for the parent-plan picker). */
  plan?: Plan;
  /** Sends the input; throws ApiError on failure. */
  onSubmit: (input: PlanInput) => Promise<Plan>;
  /** Called after a successful submit, once leaving the page is allowed. */
  onSaved: (plan: Plan) => void;
  onCancel: () => void;
  /** Reloads the latest version after a 412 (someone else changed the plan). */
  onReload?: () => void;
}

export function PlanForm({ mode, initialValues, plan, onSubmit, onSaved, onCancel, onReload }: Props) {
  const { t } = useI18n();
  const tf = t.plans.form;
  const { modal } = App.useApp();
  const [form] = Form.useForm<PlanFormValues>();
  // only the units the user may draft for: the server refuses the others anyway
  const units = useWritableUnitTree();
  const unitData = useMemo(() => unitTreeToSelectData(units.data), [units.data]);
  const [problem, setProblem] = useState<{ problem: ProblemDetails; rest: FieldViolation[] } | null>(null);
  const [conflict, setConflict] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const dirty = useRef(false);
  const leaving = useRef(false);

  // Unsaved-changes guard: in-app navigation asks first; closing the tab gets the browser's prompt.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty.current && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: tf.unsavedTitle,
      content: tf.unsavedText,
      okText: tf.leave,
      cancelText: tf.stay,
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, tf]);
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty.current && !leaving.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const required = (field: string, select = false, type: 'string' | 'number' = 'string') => ({
    required: true,
    type,
    whitespace: !select,
    message: fmt(select ? t.common.requiredSelect : t.common.required, { field: field.toLowerCase() }),
  });
  const max = (field: string, n: number) => ({ max: n, message: fmt(t.common.maxLength, { field, max: n.toLocaleString('vi-VN') }) });

  const onFinish = async (values: PlanFormValues) => {
    setProblem(null);
    setConflict(false);
    setSubmitting(true);
    try {
      const saved = await onSubmit(formValuesToInput(values));
      leaving.current = true;
      dirty.current = false;
      onSaved(saved);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.status === 412) {
        setConflict(true);
      } else {
        const rest = applyProblemToForm(form, e.problem);
        if (rest.length > 0 || !e.problem.errors?.length) setProblem({ problem: e.problem, rest });
      }
      window.scrollTo?.({ top: 0 });
    } finally {
      setSubmitting(false);
    }
  };

  const listRules = (n: number) => [
    {
      validator: async (_: unknown, list: unknown[]) => {
        if (list && list.length > n) throw new Error(fmt(t.common.maxItems, { max: n }));
      },
    },
  ];

  return (
    <Form<PlanFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={() => {
        dirty.current = true;
      }}
      scrollToFirstError={{ focus: true, block: 'center' }}
      requiredMark
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t.errors.conflictTitle}
          description={t.errors.conflictText}
          action={
            onReload && (
              <Button
                onClick={() => {
                  dirty.current = false;
                  onReload();
                }}
              >
                {t.common.reload}
              </Button>
            )
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {problem && <ProblemAlert problem={problem.problem} violations={problem.rest} onClose={() => setProblem(null)} />}

      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {tf.general}
          </Typography.Title>
        }
      >
        <Space wrap size="large" align="start">
          <Form.Item name="kind" label={t.plans.kind} rules={[required(t.plans.kind, true)]} style={{ minWidth: 260 }}>
            <Select options={PLAN_KINDS.map((k) => ({ value: k, label: t.planKind[k] }))} />
          </Form.Item>
          <Form.Item
            name="year"
            label={t.plans.year}
            rules={[
              required(t.plans.year, true, 'number'),
              {
                type: 'number',
                min: LIMITS.yearMin,
                max: LIMITS.yearMax,
                message: fmt(t.common.range, { field: t.plans.year, min: LIMITS.yearMin, max: LIMITS.yearMax }),
              },
            ]}
          >
            <InputNumber min={LIMITS.yearMin} max={LIMITS.yearMax} precision={0} style={{ width: 120 }} />
          </Form.Item>
        </Space>
        <Form.Item name="title" label={t.plans.title} rules={[required(t.plans.title), max(t.plans.title, LIMITS.title)]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={LIMITS.title} showCount />
        </Form.Item>
        <Form.Item name="issuingUnitId" label={t.plans.issuingUnit} rules={[required(t.plans.issuingUnit, true, 'number')]}>
          <SearchableTreeSelect treeData={unitData} loading={units.isPending} placeholder={t.units.pick} popupMatchSelectWidth={false} />
        </Form.Item>
        <Space wrap size="large" align="start" style={{ width: '100%' }}>
          <Form.Item name="place" label={t.plans.place} rules={[max(t.plans.place, LIMITS.place)]} style={{ minWidth: 260 }}>
            <Input maxLength={LIMITS.place} />
          </Form.Item>
          <Form.Item name="parentPlanId" label={t.plans.parentPlan} style={{ minWidth: 420 }}>
            <ParentPlanSelect excludeId={plan?.id} initial={plan?.parentPlan} />
          </Form.Item>
          <Form.Item
            name="implementingPlanDays"
            label={t.plans.implementingPlanDays}
            extra={t.plans.implementingPlanDaysHelp}
            style={{ maxWidth: 360 }}
          >
            <InputNumber min={0} max={90} precision={0} style={{ width: 120 }} />
          </Form.Item>
        </Space>

        <TextList
          name="legalBases"
          legend={t.plans.legalBases}
          itemLabel={(n) => fmt(tf.legalBasis, { n })}
          addLabel={tf.addLegalBasis}
          maxLength={LIMITS.legalBasis}
          maxItems={LIMITS.legalBases}
          rows={2}
          listRules={listRules(LIMITS.legalBases)}
        />
      </Card>

      <Card
        style={{ marginTop: 16 }}
        title={
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {tf.content}
          </Typography.Title>
        }
      >
        {SECTION_KEYS.map((k) => (
          <Form.Item key={k} name={['sections', k]} label={t.plans.sections[k]} rules={[max(t.plans.sections[k], LIMITS.section)]}>
            <MarkdownEditor rows={4} maxLength={LIMITS.section} />
          </Form.Item>
        ))}
        <TextList
          name="recipients"
          legend={t.plans.recipients}
          itemLabel={(n) => fmt(tf.recipient, { n })}
          addLabel={tf.addRecipient}
          maxLength={LIMITS.recipient}
          maxItems={LIMITS.recipients}
          rows={1}
          listRules={listRules(LIMITS.recipients)}
        />
      </Card>

      <Space style={{ marginTop: 24 }}>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {mode === 'create' ? tf.submitCreate : tf.submitSave}
        </Button>
        <Button onClick={onCancel}>{t.common.cancel}</Button>
      </Space>
    </Form>
  );
}

interface TextListProps {
  name: string;
  legend: string;
  itemLabel: (n: number) => string;
  addLabel: string;
  maxLength: number;
  maxItems: number;
  rows: number;
  listRules: { validator: (rule: unknown, list: unknown[]) => Promise<void> }[];
}

/** A dynamic list of text rows (legal bases, recipients), each with its own label and remove button. */
function TextList({ name, legend, itemLabel, addLabel, maxLength, maxItems, rows, listRules }: TextListProps) {
  const { t } = useI18n();
  return (
    <fieldset className="text-list" style={{ border: 0, padding: 0, margin: '8px 0 0' }}>
      <legend style={{ fontSize: 14, fontWeight: 600, marginBottom: 8 }}>{legend}</legend>
      <Form.List name={name} rules={listRules}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.length === 0 && <Typography.Paragraph type="secondary">{t.plans.form.noItems}</Typography.Paragraph>}
            {fields.map((field, index) => {
              const label = itemLabel(index + 1);
              return (
                <Space key={field.key} align="start" style={{ display: 'flex', width: '100%' }} className="text-list-row">
                  <Form.Item
                    name={field.name}
                    label={label}
                    rules={[
                      { required: true, whitespace: true, message: fmt(t.common.required, { field: label.toLowerCase() }) },
                      { max: maxLength, message: fmt(t.common.maxLength, { field: label, max: maxLength }) },
                    ]}
                    style={{ flex: 1, minWidth: 480, marginBottom: 12 }}
                  >
                    <Input.TextArea autoSize={{ minRows: rows, maxRows: 8 }} maxLength={maxLength} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={fmt(t.plans.form.removeItem, { item: label })}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: 30 }}
                  />
                </Space>
              );
            })}
            <Form.ErrorList errors={errors} />
            {fields.length < maxItems && (
              <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => add('')} style={{ marginBottom: 16 }}>
                {addLabel}
              </Button>
            )}
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
