import { Button, Form, Modal, Typography, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { applyProblemToForm } from '../../../components/formErrors';
import { ApiError, type FieldViolation, type ProblemDetails } from '../../../components/problem';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useI18n } from '../../../i18n';

interface Props<V> {
  id: string;
  title: string;
  intro?: ReactNode;
  open: boolean;
  onClose: () => void;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  submitLabel: string;
  danger?: boolean;
  /** Server field names shown on another form field (e.g. predecessorIds on the "others" picker). */
  aliases?: Record<string, string>;
  /** Sends the form; a thrown ApiError is shown on the fields it names, the rest above the form. */
  onSubmit: (values: V) => Promise<void>;
  children: ReactNode;
}

/**
 * A modal form of the unit administration: the server's field errors (400/409 problem+json) land on
 * their fields, a 412 (the unit changed meanwhile) and anything else above the form.
 */
export function AdminModal<V extends object>({
  id,
  title,
  intro,
  open,
  onClose,
  form,
  initialValues,
  submitLabel,
  danger,
  aliases = {},
  onSubmit,
  children,
}: Props<V>) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<{ problem: ProblemDetails; rest: FieldViolation[] } | null>(null);
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: V) => {
    setProblem(null);
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const base = e.problem.status === 412 ? { ...e.problem, detail: t.organisation.admin.conflict } : e.problem;
      const p = { ...base, errors: base.errors?.map((v) => ({ ...v, field: aliases[v.field] ?? v.field })) };
      const rest = applyProblemToForm(form, p);
      if (rest.length > 0 || !p.errors?.length) setProblem({ problem: p, rest });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t.common.cancel}
        </Button>,
        <Button key="submit" type="primary" danger={danger} htmlType="submit" form={id} loading={busy}>
          {submitLabel}
        </Button>,
      ]}
    >
      {intro && <Typography.Paragraph>{intro}</Typography.Paragraph>}
      {problem && <ProblemAlert problem={problem.problem} violations={problem.rest} />}
      <Form<V> id={id} form={form} layout="vertical" onFinish={onFinish} requiredMark initialValues={initialValues}>
        {children}
      </Form>
    </Modal>
  );
}
