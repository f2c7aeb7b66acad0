import { App, Skeleton, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useCreatePlan } from './api';
import { emptyFormValues } from './formValues';
import { PlanForm } from './PlanForm';
import { useCurrentUser } from '../../app/queries';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n';

export default function PlanCreatePage() {
  const { t } = useI18n();
  useDocumentTitle(t.plans.newTitle);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const create = useCreatePlan();

  let body;
  if (me.isPending) body = <Skeleton active />;
  else if (!me.data?.permissions.canCreatePlans) body = <ProblemAlert problem={{ status: 403, title: t.errors.forbidden }} />;
  else
    body = (
      <PlanForm
        mode="create"
        initialValues={emptyFormValues({ issuingUnitId: me.data.scopeUnit?.id ?? me.data.unit?.id })}
        onSubmit={(input) => create.mutateAsync(input)}
        onSaved={(plan) => {
          message.success(t.plans.created);
          navigate(`/plans/${plan.id}`);
        }}
        onCancel={() => navigate('/plans')}
      />
    );
  return (
    <>
      <Typography.Title level={1}>{t.plans.newTitle}</Typography.Title>
      {body}
    </>
  );
}
