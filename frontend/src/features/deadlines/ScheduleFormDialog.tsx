import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useSaveSchedule } from './api';
import { describeSchedule, periodOptions } from './scheduleText';
import {
  CUTOFFS,
  DUE_RULES,
  PERIOD_TYPES,
  type Cutoff,
  type DueRule,
  type PeriodType,
  type ReportSchedule,
  type ReportScheduleInput,
} from './types';
import { unitTreeToSelectData, useUnitTree } from '../../app/queries';
import { DATE_FORMAT } from '../../components/dates';
import { applyProblemToForm } from '../../components/formErrors';
import { ApiError, type FieldViolation, type ProblemDetails } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SearchableTreeSelect } from '../../components/SearchableTreeSelect';
import { fmt, useI18n } from '../../i18n';

export interface ScheduleFormValues {
  name: string;
  periodType: PeriodType;
  periods: number[];
  dueRule: DueRule;
  dueDay: number | null;
  dueWorkingDays: number | null;
  dueDate: Dayjs | null;
  cutoff: Cutoff;
  receivingUnitId: number | null;
}

export const NEW_SCHEDULE: ScheduleFormValues = {
  name: '',
  periodType: 'QUARTER',
  periods: [],
  dueRule: 'DAY_OF_LAST_MONTH',
  dueDay: 10,
  dueWorkingDays: null,
  dueDate: null,
  cutoff: 'CALENDAR',
  receivingUnitId: null,
};

export function toFormValues(s: ReportSchedule): ScheduleFormValues {
  return {
    name: s.name,
    periodType: s.periodType,
    periods: s.periods,
    dueRule: s.dueRule,
    dueDay: s.dueDay,
    dueWorkingDays: s.dueWorkingDays,
    dueDate: s.dueDate ? dayjs(s.dueDate) : null,
    cutoff: s.cutoff,
    receivingUnitId: s.receivingUnit.id,
  };
}

/** The request body: only the field the due rule uses is sent; no periods for yearly or on-request reports. */
export function toScheduleInput(v: ScheduleFormValues): ReportScheduleInput {
  const pickable = v.periodType !== 'YEAR' && v.periodType !== 'ON_REQUEST';
  return {
    name: (v.name ?? '').trim(),
    periodType: v.periodType,
    periods: pickable ? [...(v.periods ?? [])].sort((a, b) => a - b) : [],
    dueRule: v.dueRule,
    dueDay: v.dueRule === 'DAY_OF_LAST_MONTH' || v.dueRule === 'DAY_OF_NEXT_MONTH' ? v.dueDay : null,
    dueWorkingDays: v.dueRule === 'WORKING_DAYS_AFTER' ? v.dueWorkingDays : null,
    dueDate: v.dueRule === 'FIXED_DATE' && v.dueDate ? v.dueDate.format('YYYY-MM-DD') : null,
    cutoff: v.cutoff,
    receivingUnitId: v.receivingUnitId ?? null,
  };
}

interface Props {
  planId: number;
  /** The schedule being edited; null to add one; undefined when closed. */
  schedule: ReportSchedule | null | undefined;
  onClose: () => void;
  onSaved: (s: ReportSchedule) => void;
}

/** Adds or changes a report schedule: period type, periods, due rule, cut-off, receiving unit. */
export function ScheduleFormDialog({ planId, schedule, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const ts = t.deadlines.schedules;
  const open = schedule !== undefined;
  const [form] = Form.useForm<ScheduleFormValues>();
  const save = useSaveSchedule(planId);
  const units = useUnitTree(undefined, open);
  const unitData = useMemo(() => unitTreeToSelectData(units.data), [units.data]);
  const [problem, setProblem] = useState<{ problem: ProblemDetails; rest: FieldViolation[] } | null>(null);
  const periodType = Form.useWatch('periodType', form) ?? NEW_SCHEDULE.periodType;
  const dueRule = Form.useWatch('dueRule', form) ?? NEW_SCHEDULE.dueRule;
  const values = Form.useWatch([], form) as ScheduleFormValues | undefined;

  const onFinish = async (v: ScheduleFormValues) => {
    setProblem(null);
    try {
      const saved = await save.mutateAsync({ id: schedule?.id, version: schedule?.version, body: toScheduleInput(v) });
      onSaved(saved);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const rest = applyProblemToForm(form, e.problem);
      if (rest.length > 0 || !e.problem.errors?.length) setProblem({ problem: e.problem, rest });
    }
  };

  const required = (field: string) => ({ required: true, message: fmt(t.common.required, { field: field.toLowerCase() }) });
  const options = periodOptions(periodType, t);
  const input = values?.periodType && values.dueRule ? toScheduleInput(values) : null;
  const preview = input
    ? describeSchedule(
        {
          ...input,
          periods: input.periods ?? [],
          cutoff: values?.cutoff ?? 'CALENDAR',
          dueDay: input.dueDay ?? null,
          dueWorkingDays: input.dueWorkingDays ?? null,
          dueDate: input.dueDate ?? null,
        },
        t,
      )
    : '';

  return (
    <Modal
      open={open}
      title={schedule ? ts.dialogEdit : ts.dialogAdd}
      onCancel={onClose}
      destroyOnHidden
      afterOpenChange={(visible) => !visible && setProblem(null)}
      mask={{ closable: false }}
      width={640}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t.common.cancel}
        </Button>,
        <Button key="submit" type="primary" htmlType="submit" form="schedule-form" loading={save.isPending}>
          {ts.submit}
        </Button>,
      ]}
    >
      {problem && <ProblemAlert problem={problem.problem} violations={problem.rest} />}
      <Form<ScheduleFormValues>
        id="schedule-form"
        form={form}
        layout="vertical"
        onFinish={onFinish}
        requiredMark
        initialValues={schedule ? toFormValues(schedule) : NEW_SCHEDULE}
      >
        <Form.Item name="name" label={ts.name} rules={[{ ...required(ts.name), whitespace: true }, { max: 200 }]}>
          <Input maxLength={200} placeholder={ts.namePlaceholder} autoFocus />
        </Form.Item>
        <Form.Item name="periodType" label={ts.periodType} rules={[required(ts.periodType)]}>
          <Select options={PERIOD_TYPES.map((p) => ({ value: p, label: ts.periodTypes[p] }))} style={{ width: 240 }} />
        </Form.Item>
        {options.length > 0 && (
          <Form.Item name="periods" label={ts.periods} extra={ts.periodsHelp}>
            <Checkbox.Group options={options} />
          </Form.Item>
        )}
        <Form.Item name="dueRule" label={ts.dueRule} rules={[required(ts.dueRule)]}>
          <Radio.Group options={DUE_RULES.map((r) => ({ value: r, label: ts.dueRules[r] }))} className="radio-column" />
        </Form.Item>
        {(dueRule === 'DAY_OF_LAST_MONTH' || dueRule === 'DAY_OF_NEXT_MONTH') && (
          <Form.Item
            name="dueDay"
            label={ts.dueDay}
            rules={[
              {
                ...required(ts.dueDay),
                type: 'number',
                min: 1,
                max: 31,
                message: fmt(t.common.range, { field: ts.dueDay, min: 1, max: 31 }),
              },
            ]}
          >
            <InputNumber min={1} max={31} precision={0} style={{ width: 120 }} />
          </Form.Item>
        )}
        {dueRule === 'WORKING_DAYS_AFTER' && (
          <Form.Item
            name="dueWorkingDays"
            label={ts.dueWorkingDays}
            rules={[
              {
                ...required(ts.dueWorkingDays),
                type: 'number',
                min: 0,
                max: 60,
                message: fmt(t.common.range, { field: ts.dueWorkingDays, min: 0, max: 60 }),
              },
            ]}
          >
            <InputNumber min={0} max={60} precision={0} style={{ width: 120 }} />
          </Form.Item>
        )}
        {dueRule === 'FIXED_DATE' && (
          <Form.Item
            name="dueDate"
            label={ts.dueDate}
            extra={t.deadlines.dateHelp}
            rules={periodType === 'ON_REQUEST' ? [] : [required(ts.dueDate)]}
          >
            <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: 200 }} />
          </Form.Item>
        )}
        {periodType !== 'ON_REQUEST' && (
          <Form.Item name="cutoff" label={ts.cutoff}>
            <Radio.Group options={CUTOFFS.map((c) => ({ value: c, label: ts.cutoffs[c] }))} className="radio-column" />
          </Form.Item>
        )}
        <Form.Item name="receivingUnitId" label={ts.receivingUnit} extra={ts.receivingUnitHelp}>
          <SearchableTreeSelect
            allowClear
            treeData={unitData}
            loading={units.isLoading}
            placeholder={ts.receivingUnitDefault}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      </Form>
      {preview && (
        <p className="schedule-preview" aria-live="polite">
          {preview}
        </p>
      )}
    </Modal>
  );
}
