import { Button, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useCompleteDeadline } from './api';
import { deadlineTitle } from './DeadlineTable';
import { todayInVietnam } from './state';
import type { Deadline } from './types';
import { DATE_FORMAT, formatDate } from '../../components/dates';
import { applyProblemToForm } from '../../components/formErrors';
import { ApiError, type FieldViolation, type ProblemDetails } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fmt, useI18n } from '../../i18n';

interface Values {
  output: string;
  completedOn: Dayjs | null;
}

const OUTPUT_MAX = 5000;

/** Records a task deadline as done, with its output and the date it was done (today by default). */
export function CompleteDialog({
  deadline,
  onClose,
  onDone,
}: {
  deadline: Deadline | null;
  onClose: () => void;
  onDone: (d: Deadline) => void;
}) {
  const { t } = useI18n();
  const tc = t.deadlines.complete;
  const [form] = Form.useForm<Values>();
  const complete = useCompleteDeadline();
  const [problem, setProblem] = useState<{ problem: ProblemDetails; rest: FieldViolation[] } | null>(null);
  const today = dayjs(todayInVietnam());

  const onFinish = async (v: Values) => {
    if (!deadline) return;
    setProblem(null);
    try {
      const done = await complete.mutateAsync({
        id: deadline.id,
        body: { output: v.output.trim(), completedOn: v.completedOn ? v.completedOn.format('YYYY-MM-DD') : null },
      });
      onDone(done);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const rest = applyProblemToForm(form, e.problem);
      if (rest.length > 0 || !e.problem.errors?.length) setProblem({ problem: e.problem, rest });
    }
  };

  const close = () => {
    setProblem(null);
    onClose();
  };

  return (
    <Modal
      open={deadline !== null}
      title={tc.title}
      onCancel={close}
      destroyOnHidden
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={close}>
          {t.common.cancel}
        </Button>,
        <Button key="submit" type="primary" htmlType="submit" form="complete-deadline-form" loading={complete.isPending}>
          {tc.submit}
        </Button>,
      ]}
    >
      {deadline && (
        <>
          <Typography.Paragraph strong>
            {deadlineTitle(deadline, t)}
            {deadline.period ? ` · ${deadline.period.label}` : ''} — {deadline.unit.name}
          </Typography.Paragraph>
          {deadline.task && <Typography.Paragraph className="deadline-excerpt">{deadline.task.excerpt}</Typography.Paragraph>}
          <Typography.Paragraph>{fmt(tc.intro, { date: formatDate(deadline.dueOn) })}</Typography.Paragraph>
        </>
      )}
      {problem && <ProblemAlert problem={problem.problem} violations={problem.rest} />}
      <Form<Values>
        id="complete-deadline-form"
        form={form}
        layout="vertical"
        onFinish={onFinish}
        requiredMark
        initialValues={{ output: '', completedOn: null }}
      >
        <Form.Item
          name="output"
          label={tc.output}
          extra={tc.outputHelp}
          rules={[{ required: true, whitespace: true, message: tc.outputRequired }, { max: OUTPUT_MAX }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={OUTPUT_MAX} autoFocus />
        </Form.Item>
        <Form.Item name="completedOn" label={tc.completedOn} extra={tc.completedOnHelp}>
          <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" disabledDate={(d) => d.isAfter(today, 'day')} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
