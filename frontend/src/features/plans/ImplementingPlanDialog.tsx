import { Button, Form, Input, Modal, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useCreateImplementingPlan } from './tasksApi';
import { unitTreeToSelectData, useUnitTree } from '../../app/queries';
import type { CurrentUser, Plan } from '../../app/types';
import { isCoordinatorOrAdmin } from '../../app/types';
import { applyProblemToForm } from '../../components/formErrors';
import { ApiError, type FieldViolation, type ProblemDetails } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SearchableTreeSelect } from '../../components/SearchableTreeSelect';
import { fmt, useI18n } from '../../i18n';

interface Values {
  issuingUnitId?: number;
  title?: string;
}

interface Props {
  /** The issued plan to implement. */
  plan: Plan;
  me: CurrentUser;
  open: boolean;
  onClose: () => void;
  onCreated: (plan: Plan) => void;
}

/** The own unit, shown read-only as the form's value (so a 409 on issuingUnitId shows beside it). */
function FixedUnit({ id, name }: { id?: string; name: string }) {
  return <Input id={id} readOnly value={name} />;
}

/**
 * Creates the draft by which a unit implements an issued plan. Officers and leaders create their
 * own unit's; coordinators and admins may pick any unit the plan assigns work to.
 */
export function ImplementingPlanDialog({ plan, me, open, onClose, onCreated }: Props) {
  const { t } = useI18n();
  const ti = t.implementing;
  const [form] = Form.useForm<Values>();
  const create = useCreateImplementingPlan(plan.id);
  const mayPick = isCoordinatorOrAdmin(me.roles);
  const units = useUnitTree(plan.issuingUnit.id, open && mayPick);
  const unitData = useMemo(() => {
    // the plan's issuer does not implement its own plan: offer the units below it
    const roots = units.data ?? [];
    return unitTreeToSelectData(roots.length === 1 && roots[0].id === plan.issuingUnit.id ? roots[0].children : roots);
  }, [units.data, plan.issuingUnit.id]);
  const [problem, setProblem] = useState<{ problem: ProblemDetails; rest: FieldViolation[] } | null>(null);

  const onFinish = async (values: Values) => {
    setProblem(null);
    try {
      const created = await create.mutateAsync({
        issuingUnitId: values.issuingUnitId!,
        title: values.title?.trim() || null,
      });
      onCreated(created);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const rest = applyProblemToForm(form, e.problem);
      if (rest.length > 0 || !e.problem.errors?.length) setProblem({ problem: e.problem, rest });
    }
  };

  return (
    <Modal
      open={open}
      title={ti.create}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t.common.cancel}
        </Button>,
        <Button key="submit" type="primary" htmlType="submit" form="implementing-plan-form" loading={create.isPending}>
          {ti.submit}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{ti.intro}</Typography.Paragraph>
      {problem && <ProblemAlert problem={problem.problem} violations={problem.rest} />}
      <Form<Values>
        id="implementing-plan-form"
        form={form}
        layout="vertical"
        onFinish={onFinish}
        requiredMark
        initialValues={{ issuingUnitId: me.unit?.id, title: '' }}
      >
        <Form.Item
          name="issuingUnitId"
          label={ti.unit}
          rules={[{ required: true, type: 'number', message: fmt(t.common.requiredSelect, { field: ti.unit.toLowerCase() }) }]}
        >
          {mayPick ? (
            <SearchableTreeSelect
              treeData={unitData}
              loading={units.isLoading}
              placeholder={t.units.pick}
              treeDefaultExpandAll
              popupMatchSelectWidth={false}
            />
          ) : (
            <FixedUnit name={me.unit?.name ?? t.app.noUnit} />
          )}
        </Form.Item>
        <Form.Item name="title" label={ti.title} extra={ti.titleHelp} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} placeholder={plan.title} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
