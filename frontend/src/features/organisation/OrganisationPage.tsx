import {
  AppstoreAddOutlined,
  CaretDownOutlined,
  CaretRightOutlined,
  CloudDownloadOutlined,
  PlusOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Alert, Button, DatePicker, Empty, Form, Input, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useUnitTreeAsOf } from './admin/adminApi';
import { CreateUnitForm } from './admin/UnitForms';
import { buildSearchIndex, countUnits, defaultOpen, filterTree, limitTree, parentIds } from './unitTree';
import { useCurrentUser } from '../../app/queries';
import type { CurrentUser, UnitTreeNode } from '../../app/types';
import { ButtonLink } from '../../components/ButtonLink';
import { DATE_FORMAT, formatDate, isIsoDate, todayInVietnam } from '../../components/dates';
import { ApiError } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitLink } from '../../components/UnitLink';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { fmt, formatNumber, useI18n } from '../../i18n';
import './organisation.css';

/** How many units a filter shows at most: a one-letter filter over 3,000 units stays fast. */
export const MAX_SHOWN = 300;
/** How many units below one unit are rendered at first (then a button shows more). */
export const CHILD_PAGE = 200;
/** How many rows the tree may show before the reader opens anything. */
const INITIAL_ROWS = 250;
const DEBOUNCE_MS = 200;

/** Administrators load the national list: admins for every province, province administrators for their own. */
export function mayLoadNationalList(me: CurrentUser | undefined): boolean {
  return !!me?.permissions.canAdministerOrganisation;
}

interface ItemProps {
  node: UnitTreeNode;
  isOpen: (id: number) => boolean;
  /** Render the units below a unit a page at a time (not while filtering: the filter bounds the whole). */
  paged: boolean;
  onToggle: (id: number) => void;
}

/**
 * One unit: a disclosure button when it has units below, its name (a link to its page), its kind and
 * its official code. The units below are rendered only when it is open.
 */
function TreeItem({ node, isOpen: openFn, onToggle, paged }: ItemProps) {
  const { t, lang } = useI18n();
  const tt = t.organisation.tree;
  const children = node.children ?? [];
  const isOpen = children.length > 0 && openFn(node.id);
  const listId = `org-children-${node.id}`;
  const [limit, setLimit] = useState(CHILD_PAGE);
  const shown = paged ? limit : children.length;
  const hidden = children.length - shown;
  return (
    <li className="org-tree-item">
      {/* plain elements: a province has a few hundred rows, antd's components cost too much per row */}
      <div className="org-tree-row">
        {children.length > 0 ? (
          <button
            type="button"
            className="org-tree-toggle"
            aria-expanded={isOpen}
            aria-controls={isOpen ? listId : undefined}
            aria-label={fmt(isOpen ? tt.collapse : tt.expand, { name: node.name })}
            onClick={() => onToggle(node.id)}
          >
            {isOpen ? <CaretDownOutlined aria-hidden /> : <CaretRightOutlined aria-hidden />}
          </button>
        ) : (
          <span className="org-tree-spacer" aria-hidden />
        )}
        <UnitLink unit={node} className="org-tree-name" />
        <span className="org-tree-kind">{t.unitKind[node.kind]}</span>
        {node.officialCode && (
          <span className="org-tree-code">
            <span className="visually-hidden">{tt.officialCode}: </span>
            {node.officialCode}
          </span>
        )}
        {children.length > 0 && !isOpen && (
          <span className="org-tree-count">{fmt(tt.childCount, { count: formatNumber(children.length, lang) })}</span>
        )}
      </div>
      {isOpen && (
        <ul id={listId} className="org-tree-list">
          {children.slice(0, shown).map((c) => (
            <TreeItem key={c.id} node={c} isOpen={openFn} onToggle={onToggle} paged={paged} />
          ))}
          {hidden > 0 && (
            <li className="org-tree-item">
              <Button type="link" size="small" onClick={() => setLimit(limit + CHILD_PAGE)}>
                {fmt(tt.showMore, { count: formatNumber(Math.min(hidden, CHILD_PAGE), lang), name: node.name })}
              </Button>
            </li>
          )}
        </ul>
      )}
    </li>
  );
}

/** The organisation tree, with a filter that ignores diacritics; every signed-in role may read it. */
export default function OrganisationPage() {
  const { t, lang } = useI18n();
  const to = t.organisation;
  useDocumentTitle(to.title);
  const me = useCurrentUser();
  const [sp, setSp] = useSearchParams();
  const navigate = useNavigate();
  const asOfParam = sp.get('asOf');
  const asOf = isIsoDate(asOfParam) ? asOfParam : null;
  const tree = useUnitTreeAsOf(asOf);
  const [creating, setCreating] = useState(false);
  const canAdminister = !!me.data?.permissions.canAdministerOrganisation;
  const canSetUp = !!me.data?.permissions.canSetUpProvince;
  const urlQ = sp.get('q') ?? '';
  const [text, setText] = useState(urlQ);

  // the filter goes to the URL (debounced), so that Back from a unit's page keeps it
  useEffect(() => {
    if (text.trim() === urlQ.trim()) return;
    const h = setTimeout(() => {
      const next = new URLSearchParams(sp);
      if (text.trim()) next.set('q', text.trim());
      else next.delete('q');
      setSp(next, { replace: true });
    }, DEBOUNCE_MS);
    return () => clearTimeout(h);
  }, [text, urlQ, sp, setSp]);

  const roots = useMemo(() => tree.data ?? [], [tree.data]);
  const index = useMemo(() => buildSearchIndex(roots), [roots]);
  const total = useMemo(() => countUnits(roots), [roots]);
  const query = urlQ.trim();
  const filtered = useMemo(() => {
    if (!query) return null;
    const matched = new Set<number>();
    const nodes = filterTree(roots, query, index, matched);
    const limited = limitTree(nodes, MAX_SHOWN);
    return { ...limited, matched: matched.size, all: countUnits(nodes) };
  }, [roots, query, index]);

  // at first, as many levels open as fit in a screenful or two (at least the roots)
  const [open, setOpen] = useState<Set<number> | null>(null);
  const initial = useMemo(() => defaultOpen(roots, INITIAL_ROWS), [roots]);
  const openIds = open ?? initial;
  // while filtering, every unit shown is open unless closed by hand (forgotten when the filter changes)
  const [closed, setClosed] = useState<{ query: string; ids: Set<number> }>({ query: '', ids: new Set() });
  const closedIds = closed.query === query ? closed.ids : new Set<number>();
  const isOpen = (id: number) => (filtered ? !closedIds.has(id) : openIds.has(id));
  const toggle = (id: number) => {
    const flip = (set: Set<number>) => {
      const next = new Set(set);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    };
    if (filtered) setClosed({ query, ids: flip(closedIds) });
    else setOpen(flip(openIds));
  };

  const nodes = filtered ? filtered.nodes : roots;
  const error = tree.error instanceof ApiError ? tree.error.problem : tree.error ? { status: 0 } : null;

  return (
    <>
      <div className="org-heading">
        <Typography.Title level={1}>{to.title}</Typography.Title>
        {canAdminister && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {to.admin.createUnit}
          </Button>
        )}
        {canAdminister && (
          <ButtonLink to="/organisation/people" icon={<TeamOutlined aria-hidden />}>
            {t.people.title}
          </ButtonLink>
        )}
        {canSetUp && (
          <ButtonLink to="/organisation/setup" icon={<AppstoreAddOutlined aria-hidden />}>
            {to.setup.nav}
          </ButtonLink>
        )}
        {mayLoadNationalList(me.data) && (
          <ButtonLink to="/organisation/national-list" icon={<CloudDownloadOutlined aria-hidden />}>
            {to.national.nav}
          </ButtonLink>
        )}
      </div>
      <Typography.Paragraph>{to.intro}</Typography.Paragraph>
      {canAdminister && (
        <CreateUnitForm
          open={creating}
          withinId={me.data?.permissions.administeredUnit?.id}
          onClose={() => setCreating(false)}
          onDone={(u) => {
            setCreating(false);
            navigate(`/organisation/units/${u.id}`);
          }}
        />
      )}
      <Form layout="vertical" role="search" aria-label={to.tree.search} component="div" className="org-tree-filters">
        <Form.Item label={to.admin.asOf.label} htmlFor="org-as-of" extra={to.admin.asOf.help}>
          <DatePicker
            id="org-as-of"
            format={DATE_FORMAT}
            placeholder="dd/mm/yyyy"
            value={asOf ? dayjs(asOf) : null}
            disabledDate={(d) => d.isAfter(dayjs(todayInVietnam()), 'day')}
            onChange={(d) => {
              const next = new URLSearchParams(sp);
              if (d) next.set('asOf', d.format('YYYY-MM-DD'));
              else next.delete('asOf');
              setSp(next, { replace: true });
            }}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item label={to.tree.search} htmlFor="org-search" extra={t.common.searchNoDiacritics}>
          <Input.Search
            id="org-search"
            allowClear
            value={text}
            placeholder={to.tree.searchPlaceholder}
            onChange={(e) => setText(e.target.value)}
            style={{ maxWidth: 420 }}
          />
        </Form.Item>
      </Form>
      {asOf && <Alert type="info" showIcon title={fmt(to.admin.asOf.showing, { date: formatDate(asOf) })} style={{ marginBottom: 16 }} />}
      <ProblemAlert problem={error} />
      {tree.isPending ? (
        <Skeleton active />
      ) : roots.length === 0 && canSetUp ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={to.setup.emptyInstallation}>
          <ButtonLink type="primary" to="/organisation/setup" icon={<AppstoreAddOutlined aria-hidden />}>
            {to.setup.nav}
          </ButtonLink>
        </Empty>
      ) : nodes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={to.tree.empty} />
      ) : (
        <>
          <div className="org-tree-toolbar">
            <Typography.Text aria-live="polite">
              {filtered
                ? fmt(to.tree.matches, { count: formatNumber(filtered.matched, lang) })
                : fmt(to.tree.count, { count: formatNumber(total, lang) })}
            </Typography.Text>
            {!filtered && (
              <Space size="small" wrap>
                <Button size="small" onClick={() => setOpen(new Set(parentIds(roots, 2)))}>
                  {to.tree.expandAll}
                </Button>
                <Button size="small" onClick={() => setOpen(new Set())}>
                  {to.tree.collapseAll}
                </Button>
              </Space>
            )}
          </div>
          {filtered && filtered.shown < filtered.all && (
            <Typography.Paragraph type="secondary">
              {fmt(to.tree.truncated, { shown: formatNumber(filtered.shown, lang), total: formatNumber(filtered.all, lang) })}
            </Typography.Paragraph>
          )}
          <nav aria-label={to.tree.label}>
            <ul className="org-tree org-tree-list">
              {nodes.map((n) => (
                <TreeItem key={n.id} node={n} isOpen={isOpen} onToggle={toggle} paged={!filtered} />
              ))}
            </ul>
          </nav>
        </>
      )}
    </>
  );
}
