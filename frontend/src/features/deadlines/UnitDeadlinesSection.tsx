import { useState } from 'react';
import { useDeadlines } from './api';
import { DeadlineTable } from './DeadlineTable';
import { DEFAULT_SORT } from './params';
import type { Unit } from '../../app/types';
import { ButtonLink } from '../../components/ButtonLink';
import { SectionError } from '../../components/SectionError';
import { fmt, formatNumber, useI18n } from '../../i18n';

const SIZE = 10;

/** A unit's own deadlines (not those of the units below it), earliest first: a tab of the unit's page. */
export function UnitDeadlinesSection({ unit }: { unit: Unit }) {
  const { t, lang } = useI18n();
  const td = t.organisation.deadlines;
  const [page, setPage] = useState(0);
  const [sort, setSort] = useState(DEFAULT_SORT);
  const list = useDeadlines({ unitId: unit.id, subtree: false, page, size: SIZE, sort });
  if (list.error) return <SectionError error={list.error} outOfScope={t.organisation.unit.outOfScope} />;
  return (
    <>
      <DeadlineTable
        items={list.data?.items ?? []}
        loading={list.isFetching}
        label={td.label}
        emptyText={td.empty}
        paging={{
          page,
          size: SIZE,
          total: list.data?.total ?? 0,
          totalExact: list.data?.totalExact,
          sort,
          onChange: (patch) => {
            if ('sort' in patch) {
              setSort(patch.sort ?? DEFAULT_SORT);
              setPage(0);
            } else setPage(patch.page);
          },
          rangeText: (from, to, total) => fmt(t.deadlines.range, { from: formatNumber(from, lang), to: formatNumber(to, lang), total }),
        }}
      />
      {(list.data?.total ?? 0) > 0 && <ButtonLink to={`/deadlines?unit=${unit.id}&subtree=0`}>{t.organisation.unit.seeAll}</ButtonLink>}
    </>
  );
}
