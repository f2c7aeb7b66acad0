import { App, Button, Descriptions, Skeleton, Space, Tabs, Typography, type DescriptionsProps, type TabsProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useClosePlan, useDeletePlan, usePlan } from './api';
import { AppendixSection } from './appendix/AppendixSection';
import { CoverageSection } from './CoverageSection';
import { ImplementingPlanDialog } from './ImplementingPlanDialog';
import { IssuePlanDialog } from './IssuePlanDialog';
import { PlanStatusTag } from './PlanStatusTag';
import { useCoverage, useMyTaskCount, usePlanTasks } from './tasksApi';
import { useCurrentUser } from '../../app/queries';
import { isCoordinatorOrAdmin, SECTION_KEYS, type CurrentUser, type Plan } from '../../app/types';
import { ButtonLink } from '../../components/ButtonLink';
import { DateText } from '../../components/DateText';
import { MarkdownView } from '../../components/MarkdownView';
import { NotFound } from '../../components/NotFound';
import { ApiError } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitLink } from '../../components/UnitLink';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { fmt, useI18n } from '../../i18n';

const TABS = ['content', 'appendix', 'coverage', 'schedules', 'reporting'] as const;
type TabKey = (typeof TABS)[number];

/**
 * Whether to ask for the plan's coverage: the server shows it to the issuing unit and the province's
 * coordinators (403 for others, and then nothing is shown).
 */
function mayAskCoverage(plan: Plan, me: CurrentUser | undefined): boolean {
  if (!me || plan.status === 'DRAFT') return false;
  return isCoordinatorOrAdmin(me.roles) || me.unit?.id === plan.issuingUnit.id || me.scopeUnit?.id === plan.issuingUnit.id;
}

/**
 * The tabs of a plan's page that other features render (report schedules, reporting). The page is
 * composed in app/routes, so that this feature imports no other.
 */
export interface PlanDetailSlots {
  schedules?: (plan: Plan) => ReactNode;
  reporting?: (plan: Plan) => ReactNode;
}

export default function PlanDetailPage(slots: PlanDetailSlots) {
  const params = useParams();
  const id = Number(params.id);
  if (!Number.isInteger(id) || id <= 0) return <NotFound />;
  return <PlanDetail id={id} slots={slots} />;
}

function PlanDetail({ id, slots }: { id: number; slots: PlanDetailSlots }) {
  const { t } = useI18n();
  const plan = usePlan(id);
  useDocumentTitle(plan.data?.title ?? t.plans.detailTitle);

  if (plan.isPending) return <Skeleton active aria-busy="true" />;
  if (plan.error) {
    const e = plan.error;
    if (e instanceof ApiError && e.status === 404) return <NotFound />;
    return (
      <>
        <Typography.Title level={1}>{t.plans.detailTitle}</Typography.Title>
        <ProblemAlert problem={e instanceof ApiError ? e.problem : { status: 0 }} />
      </>
    );
  }
  return <PlanView plan={plan.data} slots={slots} onReload={() => plan.refetch()} />;
}

function PlanView({ plan, slots, onReload }: { plan: Plan; slots: PlanDetailSlots; onReload: () => void }) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const [issueOpen, setIssueOpen] = useState(false);
  const [implementOpen, setImplementOpen] = useState(false);
  const [sp, setSp] = useSearchParams();
  const me = useCurrentUser();
  const tasks = usePlanTasks(plan.id);
  const askCoverage = mayAskCoverage(plan, me.data);
  const coverage = useCoverage(plan.id, askCoverage);
  // An issued plan may be implemented by the units it assigns work to: officers and leaders of such
  // a unit create their unit's plan; coordinators and admins may create one for any of them.
  const mayCreate = plan.status === 'ISSUED' && !!me.data?.permissions.canCreatePlans;
  const pickAnyUnit = isCoordinatorOrAdmin(me.data?.roles);
  const myTaskCount = useMyTaskCount(plan.id, mayCreate && !pickAnyUnit && !!me.data?.unit && me.data.unit.id !== plan.issuingUnit.id);
  const canImplement = mayCreate && (pickAnyUnit || (myTaskCount.data ?? 0) > 0);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const close = useClosePlan(plan.id);
  const remove = useDeletePlan(plan.id);
  const dash = t.common.empty;

  const run = async (action: () => Promise<unknown>, done: () => void) => {
    setActionError(null);
    try {
      await action();
      done();
    } catch (e) {
      if (e instanceof ApiError) setActionError(e);
      else throw e;
    }
  };

  const confirmClose = () =>
    modal.confirm({
      title: t.plans.confirmClose,
      content: t.plans.confirmCloseText,
      okText: t.plans.actions.close,
      cancelText: t.common.cancel,
      onOk: () =>
        run(
          () => close.mutateAsync(plan.version),
          () => message.success(t.plans.closed),
        ),
    });

  const confirmDelete = () =>
    modal.confirm({
      title: t.plans.confirmDelete,
      content: fmt(t.plans.confirmDeleteText, { title: plan.title }),
      okText: t.plans.actions.delete,
      okButtonProps: { danger: true },
      cancelText: t.common.cancel,
      onOk: () =>
        run(
          () => remove.mutateAsync(plan.version),
          () => {
            message.success(t.plans.deleted);
            navigate('/plans');
          },
        ),
    });

  const signer = [plan.signerPosition, plan.signerName].filter(Boolean).join(' ');
  const items: DescriptionsProps['items'] = [
    { key: 'number', label: t.plans.number, children: plan.number ?? <PlanStatusTag status="DRAFT" /> },
    { key: 'status', label: t.plans.status, children: <PlanStatusTag status={plan.status} /> },
    { key: 'issuedOn', label: t.plans.issuedOn, children: plan.issuedOn ? <DateText value={plan.issuedOn} /> : dash },
    { key: 'effectiveOn', label: t.plans.effectiveOn, children: plan.effectiveOn ? <DateText value={plan.effectiveOn} /> : dash },
    { key: 'issuingUnit', label: t.plans.issuingUnit, children: <UnitLink unit={plan.issuingUnit} /> },
    { key: 'place', label: t.plans.place, children: plan.place || dash },
    { key: 'kind', label: t.plans.kind, children: t.planKind[plan.kind] },
    { key: 'year', label: t.plans.year, children: plan.year },
    { key: 'signer', label: t.plans.signer, children: signer || dash },
    { key: 'signingCapacity', label: t.plans.signingCapacity, children: plan.signingCapacity || dash },
    {
      key: 'parentPlan',
      label: t.plans.parentPlan,
      span: 'filled',
      children: plan.parentPlan ? (
        <Link to={`/plans/${plan.parentPlan.id}`}>
          {[plan.parentPlan.number, plan.parentPlan.title].filter(Boolean).join(' – ')} ({plan.parentPlan.year})
        </Link>
      ) : (
        dash
      ),
    },
    ...(plan.closedAt ? [{ key: 'closedAt', label: t.plans.closedAt, children: <DateText value={plan.closedAt} /> }] : []),
    {
      key: 'legalBases',
      label: t.plans.legalBases,
      span: 'filled',
      children:
        plan.legalBases.length > 0 ? (
          <ul className="plain-list">
            {plan.legalBases.map((b, i) => (
              <li key={i}>{b}</li>
            ))}
          </ul>
        ) : (
          dash
        ),
    },
  ];

  const sections = SECTION_KEYS.filter((k) => plan.sections[k]?.trim());
  const p = plan.permissions;

  const showCoverage = askCoverage && !(coverage.error instanceof ApiError && coverage.error.status === 403);
  const count = tasks.data?.total;
  const tabs: TabsProps['items'] = [
    {
      key: 'content',
      label: t.plans.tabContent,
      children: (
        <>
          {sections.length === 0 && <Typography.Paragraph style={{ marginTop: 24 }}>{t.plans.noSections}</Typography.Paragraph>}
          {sections.map((k) => (
            <section key={k} className="plan-section" aria-labelledby={`section-${k}`}>
              <Typography.Title level={2} id={`section-${k}`}>
                {t.plans.sections[k]}
              </Typography.Title>
              <MarkdownView source={plan.sections[k]!} />
            </section>
          ))}

          {plan.recipients.length > 0 && (
            <section className="plan-section" aria-labelledby="plan-recipients">
              <Typography.Title level={2} id="plan-recipients">
                {t.plans.recipients}
              </Typography.Title>
              <ul className="plain-list">
                {plan.recipients.map((r, i) => (
                  <li key={i}>{r}</li>
                ))}
              </ul>
            </section>
          )}
        </>
      ),
    },
    {
      key: 'appendix',
      label: count === undefined ? t.appendix.tab : fmt(t.appendix.tabCount, { count }),
      children: <AppendixSection plan={plan} />,
    },
    ...(showCoverage
      ? [
          {
            key: 'coverage',
            label: t.coverage.tab,
            children: coverage.data ? (
              <CoverageSection coverage={coverage.data} />
            ) : coverage.error ? (
              <ProblemAlert problem={coverage.error instanceof ApiError ? coverage.error.problem : { status: 0 }} />
            ) : (
              <Skeleton active />
            ),
          },
        ]
      : []),
    ...(slots.schedules ? [{ key: 'schedules', label: t.plans.tabSchedules, children: slots.schedules(plan) }] : []),
    ...(slots.reporting && plan.status !== 'DRAFT'
      ? [{ key: 'reporting', label: t.reports.tabReporting, children: slots.reporting(plan) }]
      : []),
  ];
  const requested = sp.get('tab') as TabKey | null;
  const activeTab: TabKey = requested && TABS.includes(requested) && tabs.some((tab) => tab.key === requested) ? requested : 'content';

  return (
    <article aria-labelledby="plan-title">
      <div className="page-header">
        <div>
          <Typography.Text type="secondary">
            {t.plans.detailTitle} {plan.number ?? ''}
          </Typography.Text>
          <Typography.Title level={1} id="plan-title" style={{ fontSize: 26 }}>
            {plan.title}
          </Typography.Title>
        </div>
        <Space wrap>
          {canImplement && (
            <Button type="primary" onClick={() => setImplementOpen(true)}>
              {t.implementing.create}
            </Button>
          )}
          {p.canEdit && <ButtonLink to={`/plans/${plan.id}/edit`}>{t.plans.actions.edit}</ButtonLink>}
          {p.canIssue && (
            <Button type="primary" onClick={() => setIssueOpen(true)}>
              {t.plans.actions.issue}
            </Button>
          )}
          {p.canClose && <Button onClick={confirmClose}>{t.plans.actions.close}</Button>}
          {p.canDelete && (
            <Button danger onClick={confirmDelete}>
              {t.plans.actions.delete}
            </Button>
          )}
        </Space>
      </div>

      {actionError && (
        <ProblemAlert
          problem={actionError.problem}
          onClose={() => setActionError(null)}
          action={
            actionError.status === 412 || actionError.status === 409 ? (
              <Button
                size="small"
                onClick={() => {
                  setActionError(null);
                  onReload();
                }}
              >
                {t.common.reload}
              </Button>
            ) : undefined
          }
        />
      )}

      <section aria-labelledby="plan-metadata">
        <Typography.Title level={2} id="plan-metadata" style={{ fontSize: 18 }}>
          {t.plans.metadata}
        </Typography.Title>
        <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={items} />
      </section>

      <Tabs
        className="plan-tabs"
        activeKey={activeTab}
        onChange={(key) => {
          const next = new URLSearchParams(sp);
          if (key === 'content') next.delete('tab');
          else next.set('tab', key);
          setSp(next, { replace: true });
        }}
        items={tabs}
      />

      {p.canIssue && (
        <IssuePlanDialog
          planId={plan.id}
          version={plan.version}
          open={issueOpen}
          onClose={() => setIssueOpen(false)}
          onIssued={(issued) => {
            setIssueOpen(false);
            message.success(fmt(t.plans.issued, { number: issued.number ?? '' }));
          }}
        />
      )}
      {canImplement && me.data && (
        <ImplementingPlanDialog
          plan={plan}
          me={me.data}
          open={implementOpen}
          onClose={() => setImplementOpen(false)}
          onCreated={(created) => {
            setImplementOpen(false);
            message.success(t.implementing.created);
            navigate(`/plans/${created.id}`);
          }}
        />
      )}
    </article>
  );
}
