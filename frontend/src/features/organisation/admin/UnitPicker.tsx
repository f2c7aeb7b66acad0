import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useUnitSearch } from './adminApi';
import { useI18n } from '../../../i18n';

interface Props {
  id?: string;
  value?: number | number[] | null;
  onChange?: (value: number | number[] | null) => void;
  multiple?: boolean;
  /** Only this unit and the units below it (e.g. the province). */
  withinId?: number;
  /** Units that may not be chosen (e.g. the unit itself). */
  exclude?: number[];
  kind?: string;
  'aria-label'?: string;
}

/** Picks units by name or code, searched on the server without diacritics ("so noi vu" finds "Sở Nội vụ"). */
export function UnitPicker({ id, value, onChange, multiple, withinId, exclude = [], kind, ...rest }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const h = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(h);
  }, [text]);
  const found = useUnitSearch(q, withinId);
  const [known, setKnown] = useState<Map<number, string>>(new Map());
  const items = (found.data?.items ?? []).filter((u) => !exclude.includes(u.id) && (!kind || u.kind === kind));
  useEffect(() => {
    if (!found.data) return;
    setKnown((prev) => {
      const next = new Map(prev);
      for (const u of found.data.items) next.set(u.id, u.name);
      return next;
    });
  }, [found.data]);
  const selected = value == null ? [] : Array.isArray(value) ? value : [value];
  const options = [
    ...selected.filter((v) => !items.some((u) => u.id === v)).map((v) => ({ value: v, label: known.get(v) ?? String(v) })),
    ...items.map((u) => ({ value: u.id, label: `${u.name} (${u.code})` })),
  ];
  return (
    <Select<number | number[]>
      id={id}
      aria-label={rest['aria-label']}
      mode={multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      loading={found.isFetching}
      placeholder={t.organisation.admin.field.unitSearch}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
