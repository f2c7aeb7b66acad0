import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { applyProblemToForm } from '../../components/formErrors';
import { ApiError, type FieldViolation, type ProblemDetails } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fmt, useI18n } from '../../i18n';

interface Props {
  open: boolean;
  title: string;
  /** The label of the comment box (the reason, the instruction). */
  label: string;
  okText: string;
  onCancel: () => void;
  /** Sends the step with the comment; throws ApiError when the server refuses. */
  onSubmit: (comment: string) => Promise<unknown>;
}

/** A dialog asking for the comment a step needs (send back, return); the server's field errors land on the box. */
export function TransitionDialog({ open, title, label, okText, onCancel, onSubmit }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ comment: string }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ problem: ProblemDetails; rest: FieldViolation[] } | null>(null);

  const submit = async () => {
    let comment: string;
    try {
      ({ comment } = await form.validateFields());
    } catch {
      // the form shows the field's error (e.g. an empty reason); nothing is sent
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await onSubmit(comment);
      form.resetFields();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const rest = applyProblemToForm(form, e.problem);
      if (rest.length > 0 || !e.problem.errors?.length) setProblem({ problem: e.problem, rest });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t.common.cancel}
      onOk={submit}
      confirmLoading={busy}
      onCancel={() => {
        setProblem(null);
        form.resetFields();
        onCancel();
      }}
      destroyOnHidden
      okButtonProps={{ danger: true }}
    >
      {problem && <ProblemAlert problem={problem.problem} violations={problem.rest} />}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item
          name="comment"
          label={label}
          rules={[
            { required: true, whitespace: true, message: fmt(t.reports.commentRequired, { field: label.toLowerCase() }) },
            { max: 2000, message: fmt(t.common.maxLength, { field: label, max: '2.000' }) },
          ]}
        >
          <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
