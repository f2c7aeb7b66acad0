import { Alert, AutoComplete, Button, Checkbox, Drawer, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { AssignmentsField } from './AssignmentsField';
import { groupBySection, SECTION_CODE_PATTERN } from './sections';
import { emptyTaskValues, TASK_LIMITS, taskToValues, valuesToTaskInput, type TaskFormValues } from './taskForm';
import { referenceOptions, unitTreeToSelectData, useReferenceLists, useUnitTree } from '../../../app/queries';
import type { Plan, Task } from '../../../app/types';
import { applyProblemToForm } from '../../../components/formErrors';
import { ApiError, type FieldViolation, type ProblemDetails } from '../../../components/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { taskNumber } from '../../../components/TaskCells';
import { fmt, useI18n } from '../../../i18n';
import { useCreateTask, useUpdateTask } from '../tasksApi';

interface Props {
  plan: Plan;
  /** The appendix as shown (for the section picker). */
  tasks: Task[];
  /** The task being edited; null to add one. Mount the drawer anew for each task. */
  task: Task | null;
  open: boolean;
  onClose: () => void;
  onSaved: (task: Task, created: boolean) => void;
  /** Reads the appendix again and returns the latest version of the task (after a 412). */
  onReload: (taskId: number) => Promise<Task | undefined>;
}

const FORM_ID = 'task-form';

/** Adds or edits one task of a draft plan's appendix. */
export function TaskFormDrawer({ plan, tasks, task, open, onClose, onSaved, onReload }: Props) {
  const { t } = useI18n();
  const tf = t.taskForm;
  const [form] = Form.useForm<TaskFormValues>();
  const [base, setBase] = useState<Task | null>(task);
  const [problem, setProblem] = useState<{ problem: ProblemDetails; rest: FieldViolation[] } | null>(null);
  const [conflict, setConflict] = useState(false);
  const refs = useReferenceLists();
  // units below the plan's issuer: the only ones the server accepts
  const units = useUnitTree(plan.issuingUnit.id, open);
  const unitData = useMemo(() => unitTreeToSelectData(units.data), [units.data]);
  const create = useCreateTask(plan.id);
  const update = useUpdateTask(plan.id);

  const sections = useMemo(() => groupBySection(tasks).filter((s) => s.code), [tasks]);
  const lastSection = sections[sections.length - 1];

  // the drawer is mounted afresh for each task, so the first values are fixed here
  const [initialValues] = useState(() => (task ? taskToValues(task) : emptyTaskValues(lastSection)));

  const onFinish = async (values: TaskFormValues) => {
    setProblem(null);
    setConflict(false);
    try {
      const body = valuesToTaskInput(values, base);
      const saved = base ? await update.mutateAsync({ id: base.id, version: base.version, body }) : await create.mutateAsync(body);
      onSaved(saved, !base);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.status === 412) setConflict(true);
      else {
        const rest = applyProblemToForm(form, e.problem);
        if (rest.length > 0 || !e.problem.errors?.length) setProblem({ problem: e.problem, rest });
      }
    }
  };

  const reload = async () => {
    if (!base) return;
    const latest = await onReload(base.id);
    setConflict(false);
    if (latest) {
      setBase(latest);
      form.resetFields();
      form.setFieldsValue(taskToValues(latest));
    }
  };

  const sectionOptions = sections.map((s) => ({ value: s.code!, label: `${s.code}. ${s.title ?? ''}` }));
  const title = base ? fmt(tf.editTitle, { number: taskNumber(base.sectionCode, base.orderNo) }) : tf.createTitle;
  const max = (field: string, n: number) => ({ max: n, message: fmt(t.common.maxLength, { field, max: n.toLocaleString('vi-VN') }) });
  const metricOptions = referenceOptions(refs.data, 'metrics');

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      size={760}
      destroyOnHidden
      mask={{ closable: false }}
      footer={
        <Space>
          <Button type="primary" htmlType="submit" form={FORM_ID} loading={create.isPending || update.isPending}>
            {base ? tf.submitSave : tf.submitCreate}
          </Button>
          <Button onClick={onClose}>{t.common.cancel}</Button>
        </Space>
      }
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t.appendix.conflictTitle}
          description={t.appendix.conflictText}
          action={<Button onClick={reload}>{t.common.reload}</Button>}
          style={{ marginBottom: 16 }}
        />
      )}
      {problem && <ProblemAlert problem={problem.problem} violations={problem.rest} onClose={() => setProblem(null)} />}
      {base?.parentTask && (
        <Typography.Paragraph type="secondary">
          {fmt(t.tasks.implementsParent, { number: taskNumber(base.parentTask.sectionCode, base.parentTask.orderNo) })}
        </Typography.Paragraph>
      )}
      <Form<TaskFormValues>
        id={FORM_ID}
        form={form}
        layout="vertical"
        onFinish={onFinish}
        requiredMark
        initialValues={initialValues}
        scrollToFirstError={{ focus: true, block: 'center' }}
      >
        <div className="form-row">
          <Form.Item
            name="sectionCode"
            label={tf.sectionCode}
            extra={tf.sectionCodeHelp}
            normalize={(v?: string) => v?.toUpperCase()}
            rules={[{ pattern: SECTION_CODE_PATTERN, message: tf.sectionCodePattern }]}
            style={{ width: 220 }}
          >
            <AutoComplete
              options={sectionOptions}
              onSelect={(code: string) => {
                const s = sections.find((x) => x.code === code);
                if (s) form.setFieldValue('sectionTitle', s.title ?? '');
              }}
              maxLength={10}
            />
          </Form.Item>
          <Form.Item
            name="sectionTitle"
            label={tf.sectionTitle}
            rules={[max(tf.sectionTitle, TASK_LIMITS.sectionTitle)]}
            style={{ flex: 1, minWidth: 280 }}
          >
            <Input maxLength={TASK_LIMITS.sectionTitle} />
          </Form.Item>
        </div>
        <Form.Item
          name="content"
          label={tf.content}
          rules={[
            { required: true, whitespace: true, message: fmt(t.common.required, { field: tf.content.toLowerCase() }) },
            max(tf.content, TASK_LIMITS.content),
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} maxLength={TASK_LIMITS.content} />
        </Form.Item>

        <AssignmentsField name="lead" legend={tf.lead} addLabel={tf.addLead} unitData={unitData} unitsLoading={units.isLoading} />
        <AssignmentsField
          name="cooperating"
          legend={tf.cooperating}
          addLabel={tf.addCooperating}
          unitData={unitData}
          unitsLoading={units.isLoading}
        />

        <Form.Item
          name={['timeframe', 'text']}
          label={tf.timeframe}
          extra={tf.timeframeHelp}
          rules={[max(tf.timeframe, TASK_LIMITS.timeframe)]}
          style={{ marginTop: 16 }}
        >
          <Input maxLength={TASK_LIMITS.timeframe} />
        </Form.Item>
        <Form.Item name="expectedOutput" label={tf.expectedOutput} rules={[max(tf.expectedOutput, TASK_LIMITS.expectedOutput)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={TASK_LIMITS.expectedOutput} />
        </Form.Item>

        <fieldset className="assignments-field">
          <legend>{tf.target}</legend>
          <Space wrap align="start" size="middle">
            <Form.Item name={['target', 'quantity']} label={tf.targetQuantity}>
              <InputNumber min={0} precision={0} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name={['target', 'measure']} label={tf.targetMeasure} rules={[max(tf.targetMeasure, TASK_LIMITS.measure)]}>
              <Input maxLength={TASK_LIMITS.measure} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name={['target', 'metric']} label={tf.targetMetric} style={{ minWidth: 280 }}>
              <Select
                allowClear
                options={metricOptions}
                onChange={(code?: string) => {
                  const measure = refs.data?.metrics.find((m) => m.code === code)?.measure;
                  if (measure && !form.getFieldValue(['target', 'measure'])) form.setFieldValue(['target', 'measure'], measure);
                }}
              />
            </Form.Item>
          </Space>
          <Form.Item name={['target', 'perUnit']} valuePropName="checked">
            <Checkbox>{tf.targetPerUnit}</Checkbox>
          </Form.Item>
        </fieldset>

        <Form.Item name="budgetVnd" label={tf.budget}>
          <InputNumber<number>
            min={0}
            precision={0}
            style={{ width: 260 }}
            formatter={(v) => (v === undefined || v === null || `${v}` === '' ? '' : Number(v).toLocaleString('vi-VN'))}
            parser={(v) => Number((v ?? '').replace(/[^\d]/g, '')) || 0}
          />
        </Form.Item>

        <fieldset className="assignments-field">
          <legend>{tf.classification}</legend>
          <Form.Item name="areas" label={tf.areas}>
            <Select mode="multiple" allowClear options={referenceOptions(refs.data, 'cchcAreas')} optionFilterProp="label" />
          </Form.Item>
          <Form.Item name="forms" label={tf.forms}>
            <Select mode="multiple" allowClear options={referenceOptions(refs.data, 'communicationForms')} optionFilterProp="label" />
          </Form.Item>
          <Form.Item name="indices" label={tf.indices}>
            <Select mode="multiple" allowClear options={referenceOptions(refs.data, 'indices')} optionFilterProp="label" />
          </Form.Item>
          <Form.Item name="papiDimensions" label={tf.papiDimensions}>
            <Select mode="multiple" allowClear options={referenceOptions(refs.data, 'papiDimensions')} optionFilterProp="label" />
          </Form.Item>
        </fieldset>
      </Form>
    </Drawer>
  );
}
