import { Breadcrumb, Descriptions, Empty, Skeleton, Tabs, Tag, Typography, type DescriptionsProps, type TabsProps } from 'antd';
import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useUnit } from './api';
import { countUnits } from './unitTree';
import { useUnitTree } from '../../app/queries';
import type { Unit } from '../../app/types';
import { addDays, formatDate } from '../../components/dates';
import { NotFound } from '../../components/NotFound';
import { ApiError } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitLink } from '../../components/UnitLink';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { fmt, formatNumber, useI18n } from '../../i18n';
import './organisation.css';

/**
 * A tab of a unit's page contributed from outside this feature (composed in app/routes): the unit's
 * plans, tasks, deadlines and reports today; its people and its history when their APIs exist.
 */
export interface UnitSection {
  key: string;
  label: string;
  render: (unit: Unit) => ReactNode;
}

export interface UnitPageProps {
  /** Tabs after the overview, in order. */
  sections?: UnitSection[];
  /** Buttons beside the title (the administration forms: edit, rename, move, dissolve, merge). */
  actions?: (unit: Unit) => ReactNode;
}

const OVERVIEW = 'overview';

/** A unit's page: where it sits (breadcrumbs), what it is, the units below it, and the tabs given. */
export default function UnitPage({ sections = [], actions }: UnitPageProps) {
  const { t, lang } = useI18n();
  const tu = t.organisation.unit;
  const { id } = useParams();
  const unitId = Number(id);
  const valid = Number.isInteger(unitId) && unitId > 0;
  const unit = useUnit(unitId);
  const subtree = useUnitTree(unitId, valid && unit.isSuccess);
  const [sp, setSp] = useSearchParams();
  useDocumentTitle(unit.data?.name ?? t.organisation.title);

  const notFound = !valid || (unit.error instanceof ApiError && unit.error.problem.status === 404);
  if (notFound) return <NotFound title={tu.notFound} />;
  if (unit.error) return <ProblemAlert problem={unit.error instanceof ApiError ? unit.error.problem : { status: 0 }} />;
  if (!unit.data) return <Skeleton active />;

  const u = unit.data;
  const node = subtree.data?.find((n) => n.id === u.id) ?? subtree.data?.[0];
  const children = node?.children ?? [];
  const parent = u.ancestors.at(-1);

  const facts: DescriptionsProps['items'] = [
    { key: 'kind', label: tu.kind, children: t.unitKind[u.kind] },
    {
      key: 'officialCode',
      label: tu.officialCode,
      children: u.officialCode ? <span className="org-tree-code">{u.officialCode}</span> : tu.noOfficialCode,
    },
    { key: 'code', label: tu.code, children: <span className="org-tree-code">{u.code}</span> },
    ...(u.shortName ? [{ key: 'shortName', label: tu.shortName, children: u.shortName }] : []),
    { key: 'parent', label: tu.parent, children: parent ? <UnitLink unit={parent} /> : tu.root },
  ];

  const overview = (
    <>
      <Descriptions column={{ xs: 1, sm: 1, md: 2 }} bordered size="small" items={facts} />
      <section aria-labelledby="unit-children" style={{ marginTop: 24 }}>
        <Typography.Title level={2} id="unit-children">
          {tu.children}
        </Typography.Title>
        {subtree.isPending ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : children.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tu.noChildren} />
        ) : (
          <>
            <Typography.Paragraph type="secondary">
              {fmt(tu.descendants, { count: formatNumber(countUnits(children), lang) })}
            </Typography.Paragraph>
            <ul className="org-children-list">
              {children.map((c) => (
                <li key={c.id}>
                  <UnitLink unit={c} /> <Typography.Text type="secondary">({t.unitKind[c.kind]})</Typography.Text>
                  {c.officialCode && <span className="org-tree-code"> {c.officialCode}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );

  const tabs: TabsProps['items'] = [
    { key: OVERVIEW, label: tu.overview, children: overview },
    ...sections.map((s) => ({ key: s.key, label: s.label, children: s.render(u) })),
  ];
  const requested = sp.get('tab');
  const activeTab = tabs.some((tab) => tab.key === requested) ? requested! : OVERVIEW;

  return (
    <>
      <Breadcrumb
        aria-label={t.organisation.breadcrumb}
        items={[
          { key: 'org', title: <Link to="/organisation">{t.organisation.title}</Link> },
          ...u.ancestors.map((a) => ({ key: a.id, title: <UnitLink unit={a} /> })),
          { key: u.id, title: <span aria-current="page">{u.name}</span> },
        ]}
      />
      <div className="org-heading">
        <Typography.Title level={1}>{u.name}</Typography.Title>
        {u.validTo && (
          <Tag color="default" className="org-ceased-tag">
            {fmt(t.organisation.admin.ceasedTag, { date: formatDate(addDays(u.validTo, 1)) })}
          </Tag>
        )}
        {actions?.(u)}
      </div>
      {u.validTo && u.successors.length > 0 && (
        <Typography.Paragraph>
          {t.organisation.admin.successorIs}{' '}
          {u.successors.map((s, i) => (
            <span key={s.unit.id}>
              {i > 0 && ', '}
              <UnitLink unit={s.unit} />
            </span>
          ))}
        </Typography.Paragraph>
      )}
      <Tabs
        aria-label={tu.tabs}
        activeKey={activeTab}
        onChange={(key) => {
          const next = new URLSearchParams(sp);
          if (key === OVERVIEW) next.delete('tab');
          else next.set('tab', key);
          setSp(next, { replace: true });
        }}
        items={tabs}
        destroyOnHidden
      />
    </>
  );
}
