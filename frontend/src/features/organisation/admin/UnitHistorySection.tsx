import { Empty, Skeleton, Table, Typography } from 'antd';
import { useUnitHistory, type UnitVersion } from './adminApi';
import type { components } from '../../../api/schema';
import type { Unit } from '../../../app/types';
import { DateText } from '../../../components/DateText';
import { SectionError } from '../../../components/SectionError';
import { UnitLink } from '../../../components/UnitLink';
import { useI18n } from '../../../i18n';

type SuccessionRef = components['schemas']['UnitSuccessionRef'];

/** A unit's dated versions (oldest first) and the units it succeeded or that succeeded it. */
export function UnitHistorySection({ unit }: { unit: Unit }) {
  const { t } = useI18n();
  const th = t.organisation.admin.history;
  const history = useUnitHistory(unit.id);
  if (history.error) return <SectionError error={history.error} outOfScope={t.organisation.unit.outOfScope} />;
  if (!history.data) return <Skeleton active />;
  const h = history.data;

  const succession = (list: SuccessionRef[], empty: string, id: string, title: string) => (
    <section aria-labelledby={id} style={{ marginTop: 24 }}>
      <Typography.Title level={3} id={id}>
        {title}
      </Typography.Title>
      {list.length === 0 ? (
        <Typography.Paragraph type="secondary">{empty}</Typography.Paragraph>
      ) : (
        <ul>
          {list.map((s) => (
            <li key={`${s.unit.id}-${s.effectiveOn}`}>
              <UnitLink unit={s.unit} /> — {th.successionKind[s.kind]} <DateText value={s.effectiveOn} />; {s.legalBasis}
            </li>
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <>
      <Typography.Title level={2} id="unit-history">
        {th.label}
      </Typography.Title>
      {h.versions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={th.empty} />
      ) : (
        <Table<UnitVersion>
          aria-labelledby="unit-history"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          rowKey={(v) => `${v.changedAt}-${v.change}`}
          dataSource={h.versions}
          columns={[
            { key: 'from', title: th.from, render: (_, v) => (v.validFrom ? <DateText value={v.validFrom} /> : th.sinceBefore) },
            {
              key: 'to',
              title: th.to,
              render: (_, v) =>
                v.validTo ? <DateText value={v.validTo} /> : v.change === 'DISSOLVED' || v.change === 'MERGED' ? '' : th.current,
            },
            { key: 'change', title: th.change, render: (_, v) => th.changeKind[v.change] },
            { key: 'name', title: th.name, render: (_, v) => v.name },
            { key: 'parent', title: th.parent, render: (_, v) => (v.parent ? <UnitLink unit={v.parent} /> : t.organisation.unit.root) },
            { key: 'kind', title: th.kind, render: (_, v) => t.unitKind[v.kind] },
            { key: 'legalBasis', title: th.legalBasis, render: (_, v) => v.legalBasis ?? '' },
            { key: 'changedBy', title: th.changedBy, render: (_, v) => v.changedBy ?? '' },
          ]}
        />
      )}
      {succession(h.predecessors, th.noPredecessors, 'unit-predecessors', th.predecessors)}
      {succession(h.successors, th.noSuccessors, 'unit-successors', th.successors)}
    </>
  );
}
