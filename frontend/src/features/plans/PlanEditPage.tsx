import { Alert, App, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { usePlan, useUpdatePlan } from './api';
import { planToFormValues } from './formValues';
import { PlanForm } from './PlanForm';
import type { Plan } from '../../app/types';
import { NotFound } from '../../components/NotFound';
import { ApiError } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n';

export default function PlanEditPage() {
  const params = useParams();
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  return <PlanEdit id={id} />;
}

function PlanEdit({ id }: { id: number }) {
  const { t } = useI18n();
  useDocumentTitle(t.plans.editTitle);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const plan = usePlan(id);
  const update = useUpdatePlan(id);
  // The version being edited is fixed when the form opens; a background refetch must not wipe edits.
  const [base, setBase] = useState<Plan | null>(null);
  useEffect(() => {
    if (plan.data && !base) setBase(plan.data);
  }, [plan.data, base]);

  if (plan.error) {
    if (plan.error instanceof ApiError && plan.error.status === 404) return <NotFound />;
    return <ProblemAlert problem={plan.error instanceof ApiError ? plan.error.problem : { status: 0 }} />;
  }
  return (
    <>
      <Typography.Title level={1}>{t.plans.editTitle}</Typography.Title>
      {!base ? (
        <Skeleton active />
      ) : !base.permissions.canEdit ? (
        <Alert type="info" showIcon title={t.plans.cannotEdit} />
      ) : (
        <PlanForm
          key={base.version}
          mode="edit"
          plan={base}
          initialValues={planToFormValues(base)}
          onSubmit={(input) => update.mutateAsync({ body: input, version: base.version })}
          onSaved={(saved) => {
            message.success(t.plans.saved);
            navigate(`/plans/${saved.id}`);
          }}
          onCancel={() => navigate(`/plans/${id}`)}
          onReload={async () => {
            const r = await plan.refetch();
            if (r.data) setBase(r.data);
          }}
        />
      )}
    </>
  );
}
