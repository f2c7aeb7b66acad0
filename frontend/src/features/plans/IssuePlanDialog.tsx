import { Button, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useIssuePlan } from './api';
import type { IssuePlanRequest, Plan } from '../../app/types';
import { DATE_FORMAT } from '../../components/dates';
import { applyProblemToForm } from '../../components/formErrors';
import { ApiError, type FieldViolation, type ProblemDetails } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fmt, useI18n } from '../../i18n';

/**
 * Number/symbol of a Vietnamese administrative document ("25/KH-UBND", "19/KH-SNV"); the same
 * pattern as IssuePlanRequest.number in openapi.yaml.
 */
export const PLAN_NUMBER_PATTERN = /^[1-9][0-9]{0,5}\/[A-ZĐ0-9][A-ZĐ0-9.&-]{0,38}$/;
export const SIGNER_MAX = 100;
export const CAPACITY_MAX = 200;

interface IssueFormValues {
  number: string;
  issuedOn: Dayjs | null;
  effectiveOn: Dayjs | null;
  signerName: string;
  signerPosition: string;
  signingCapacity?: string;
}

interface Props {
  planId: number;
  /** The version last read; sent as If-Match so a concurrent change is refused (412). */
  version: number;
  open: boolean;
  onClose: () => void;
  onIssued: (plan: Plan) => void;
}

export function toIssueRequest(v: IssueFormValues): IssuePlanRequest {
  const issuedOn = v.issuedOn!.format('YYYY-MM-DD');
  return {
    number: v.number.trim(),
    issuedOn,
    effectiveOn: v.effectiveOn ? v.effectiveOn.format('YYYY-MM-DD') : issuedOn,
    signerName: v.signerName.trim(),
    signerPosition: v.signerPosition.trim(),
    signingCapacity: v.signingCapacity?.trim() || null,
  };
}

export function IssuePlanDialog({ planId, version, open, onClose, onIssued }: Props) {
  const { t } = useI18n();
  const ti = t.plans.issue;
  const [form] = Form.useForm<IssueFormValues>();
  const issue = useIssuePlan(planId);
  const [problem, setProblem] = useState<{ problem: ProblemDetails; rest: FieldViolation[] } | null>(null);

  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: fmt(t.common.required, { field: field.toLowerCase() }),
  });

  const onFinish = async (values: IssueFormValues) => {
    setProblem(null);
    try {
      const plan = await issue.mutateAsync({ body: toIssueRequest(values), version });
      form.resetFields();
      onIssued(plan);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const p = e.problem;
      if (p.status === 409 && !p.errors?.length) {
        // The number is already used by this issuing unit in that year.
        form.setFields([{ name: 'number', errors: [p.detail || p.title || ti.numberPattern] }]);
        form.scrollToField('number', { focus: true });
        return;
      }
      const rest = applyProblemToForm(form, p);
      if (rest.length > 0 || !p.errors?.length) setProblem({ problem: p, rest });
    }
  };

  return (
    <Modal
      open={open}
      title={ti.title}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t.common.cancel}
        </Button>,
        <Button key="submit" type="primary" htmlType="submit" form="issue-plan-form" loading={issue.isPending}>
          {ti.submit}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{ti.intro}</Typography.Paragraph>
      {problem && <ProblemAlert problem={problem.problem} violations={problem.rest} />}
      <Form<IssueFormValues>
        id="issue-plan-form"
        form={form}
        layout="vertical"
        onFinish={onFinish}
        requiredMark
        onValuesChange={(changed: Partial<IssueFormValues>) => {
          if ('issuedOn' in changed && !form.isFieldTouched('effectiveOn')) {
            form.setFieldValue('effectiveOn', changed.issuedOn ?? null);
          }
        }}
      >
        <Form.Item
          name="number"
          label={ti.number}
          extra={ti.numberHelp}
          validateFirst
          rules={[required(ti.number), { pattern: PLAN_NUMBER_PATTERN, message: ti.numberPattern }]}
        >
          <Input autoComplete="off" placeholder="25/KH-UBND" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="issuedOn"
          label={ti.issuedOn}
          extra={ti.dateFormatHelp}
          rules={[{ required: true, message: fmt(t.common.requiredSelect, { field: ti.issuedOn.toLowerCase() }) }]}
        >
          <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="effectiveOn"
          label={ti.effectiveOn}
          extra={ti.dateFormatHelp}
          dependencies={['issuedOn']}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_, value: Dayjs | null) => {
                const issued: Dayjs | null = getFieldValue('issuedOn');
                if (value && issued && value.isBefore(issued, 'day')) throw new Error(ti.effectiveBeforeIssued);
              },
            }),
          ]}
        >
          <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="signerName" label={ti.signerName} rules={[required(ti.signerName), { max: SIGNER_MAX }]}>
          <Input autoComplete="off" maxLength={SIGNER_MAX} />
        </Form.Item>
        <Form.Item name="signerPosition" label={ti.signerPosition} rules={[required(ti.signerPosition), { max: SIGNER_MAX }]}>
          <Input autoComplete="off" maxLength={SIGNER_MAX} />
        </Form.Item>
        <Form.Item name="signingCapacity" label={ti.signingCapacity} extra={ti.signingCapacityHelp} rules={[{ max: CAPACITY_MAX }]}>
          <Input autoComplete="off" maxLength={CAPACITY_MAX} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
