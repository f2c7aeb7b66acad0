import { Button, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { DAY_KINDS, useAddDay, useUpdateDay, type CalendarDay, type CalendarDayKind } from './api';
import { DATE_FORMAT, formatDate } from '../../components/dates';
import { applyProblemToForm } from '../../components/formErrors';
import { ApiError, type FieldViolation, type ProblemDetails } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fmt, useI18n } from '../../i18n';

interface Values {
  date: Dayjs | null;
  kind: CalendarDayKind;
  name: string;
}

interface Props {
  /** The entry to change; null to add one; undefined when closed. */
  day: CalendarDay | null | undefined;
  /** The year shown, to open the date picker there when adding. */
  year: number;
  onClose: () => void;
  onSaved: (day: CalendarDay, added: boolean) => void;
}

/**
 * Adds a holiday or a make-up working day, or changes an entry's kind or name. The server's refusals
 * (a date already in the calendar: 409 on `date`; a make-up day on a weekday: 400 on `kind`) are shown
 * beside the field.
 */
export function DayFormDialog({ day, year, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const tc = t.deadlines.calendar;
  const open = day !== undefined;
  const [form] = Form.useForm<Values>();
  const add = useAddDay();
  const update = useUpdateDay();
  const [problem, setProblem] = useState<{ problem: ProblemDetails; rest: FieldViolation[] } | null>(null);
  const pending = add.isPending || update.isPending;

  const onFinish = async (v: Values) => {
    setProblem(null);
    try {
      const saved = day
        ? await update.mutateAsync({ date: day.date, version: day.version, kind: v.kind, name: v.name.trim() })
        : await add.mutateAsync({ date: v.date!.format('YYYY-MM-DD'), kind: v.kind, name: v.name.trim() });
      onSaved(saved, !day);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const rest = applyProblemToForm(form, e.problem);
      if (rest.length > 0 || !e.problem.errors?.length) setProblem({ problem: e.problem, rest });
    }
  };

  return (
    <Modal
      open={open}
      title={day ? fmt(tc.editDayTitle, { date: formatDate(day.date) }) : tc.addDayTitle}
      onCancel={onClose}
      destroyOnHidden
      afterOpenChange={(visible) => !visible && setProblem(null)}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t.common.cancel}
        </Button>,
        <Button key="submit" type="primary" htmlType="submit" form="calendar-day-form" loading={pending}>
          {t.common.save}
        </Button>,
      ]}
    >
      {problem && <ProblemAlert problem={problem.problem} violations={problem.rest} />}
      <Form<Values>
        id="calendar-day-form"
        form={form}
        layout="vertical"
        onFinish={onFinish}
        requiredMark
        initialValues={day ? { date: dayjs(day.date), kind: day.kind, name: day.name } : { date: null, kind: 'HOLIDAY', name: '' }}
      >
        <Form.Item
          name="date"
          label={tc.date}
          extra={t.deadlines.dateHelp}
          rules={[{ required: true, message: fmt(t.common.requiredSelect, { field: tc.date.toLowerCase() }) }]}
        >
          <DatePicker
            format={DATE_FORMAT}
            placeholder="dd/mm/yyyy"
            disabled={!!day}
            defaultPickerValue={dayjs(`${year}-01-01`)}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item name="kind" label={tc.kind} extra={tc.kindHelp} rules={[{ required: true }]}>
          <Radio.Group options={DAY_KINDS.map((k) => ({ value: k, label: tc.kinds[k] }))} />
        </Form.Item>
        <Form.Item
          name="name"
          label={tc.name}
          rules={[{ required: true, whitespace: true, message: fmt(t.common.required, { field: tc.name.toLowerCase() }) }, { max: 200 }]}
        >
          <Input maxLength={200} placeholder="Nghỉ bù Tết Dương lịch" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
