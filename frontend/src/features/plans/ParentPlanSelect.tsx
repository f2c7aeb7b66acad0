import { Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { usePlanSearch } from './api';
import type { Plan } from '../../app/types';
import { useI18n } from '../../i18n';

interface Props {
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  /** The plan being edited (it cannot implement itself). */
  excludeId?: number;
  /** The current parent, so its label shows before any search. */
  initial?: Plan['parentPlan'];
}

/** Picks the plan this plan implements, searching the server (which ignores diacritics). */
export function ParentPlanSelect({ id, value, onChange, excludeId, initial }: Props) {
  const { t } = useI18n();
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const h = setTimeout(() => setQ(input.trim()), 300);
    return () => clearTimeout(h);
  }, [input]);
  const search = usePlanSearch(q, open);

  const options = useMemo(() => {
    const label = (p: { number?: string | null; title: string; year: number }) =>
      `${p.number ? `${p.number} – ` : ''}${p.title} (${p.year})`;
    const list = (search.data?.items ?? []).filter((p) => p.id !== excludeId).map((p) => ({ value: p.id, label: label(p) }));
    if (initial && !list.some((o) => o.value === initial.id)) list.unshift({ value: initial.id, label: label(initial) });
    return list;
  }, [search.data, excludeId, initial]);

  return (
    <Select<number | null>
      id={id}
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      showSearch={{ filterOption: false, onSearch: setInput }}
      onOpenChange={setOpen}
      options={options}
      loading={search.isFetching}
      placeholder={t.plans.form.parentPlanPlaceholder}
      notFoundContent={t.plans.form.noParentPlans}
      popupMatchSelectWidth
    />
  );
}
