import { Button, Checkbox, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { usePutYear, type CalendarYear } from './api';
import { applyProblemToForm } from '../../components/formErrors';
import { ApiError, type FieldViolation, type ProblemDetails } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fmt, useI18n } from '../../i18n';

interface Values {
  year: number | null;
  provisional: boolean;
  note: string;
}

interface Props {
  /** The year whose status changes; null to add a year; undefined when closed. */
  year: CalendarYear | null | undefined;
  onClose: () => void;
  onSaved: (year: CalendarYear) => void;
}

/** Adds a year to the calendar or records whether its holidays are decided or provisional. */
export function YearDialog({ year, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const tc = t.deadlines.calendar;
  const [form] = Form.useForm<Values>();
  const put = usePutYear();
  const [problem, setProblem] = useState<{ problem: ProblemDetails; rest: FieldViolation[] } | null>(null);

  const onFinish = async (v: Values) => {
    setProblem(null);
    try {
      const saved = await put.mutateAsync({
        year: year ? year.year : v.year!,
        version: year && year.known ? year.version : undefined,
        provisional: v.provisional,
        note: v.note.trim() || null,
      });
      onSaved(saved);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const rest = applyProblemToForm(form, e.problem);
      if (rest.length > 0 || !e.problem.errors?.length) setProblem({ problem: e.problem, rest });
    }
  };

  return (
    <Modal
      open={year !== undefined}
      title={year ? fmt(tc.yearTitle, { year: year.year }) : tc.addYearTitle}
      onCancel={onClose}
      destroyOnHidden
      afterOpenChange={(visible) => !visible && setProblem(null)}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t.common.cancel}
        </Button>,
        <Button key="submit" type="primary" htmlType="submit" form="calendar-year-form" loading={put.isPending}>
          {t.common.save}
        </Button>,
      ]}
    >
      {problem && <ProblemAlert problem={problem.problem} violations={problem.rest} />}
      <Form<Values>
        id="calendar-year-form"
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={
          year ? { year: year.year, provisional: year.provisional, note: year.note ?? '' } : { year: null, provisional: true, note: '' }
        }
      >
        {!year && (
          <Form.Item name="year" label={tc.year} rules={[{ required: true, type: 'number', min: 2000, max: 2100, message: tc.yearRange }]}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: 140 }} />
          </Form.Item>
        )}
        <Form.Item name="provisional" valuePropName="checked">
          <Checkbox>{tc.provisionalLabel}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={tc.note} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
