import { Select } from 'antd';
import { matchesText } from './textSearch';

/** What a plan is called in lists and pickers: "19/KH-UBND – Nâng cao hiệu quả …" (a draft has no number). */
export function planLabel(plan: { number?: string | null; title: string }): string {
  return [plan.number, plan.title].filter(Boolean).join(' – ');
}

/**
 * antd Select's typed search, ignoring case and diacritics on the option's label ("doi thoai" finds
 * "Cuộc đối thoại", "d" finds "đ"), as every filter of the application does.
 */
export const searchLabels = {
  filterOption: (input: string, option?: { label?: unknown }) => matchesText(String(option?.label ?? ''), input),
};

interface PlanFilterSelectProps {
  /** The id the filter's label points at (`htmlFor`). */
  id: string;
  plans: readonly { id: number; number?: string | null; title: string }[];
  value: number | undefined;
  onChange: (planId: number | undefined) => void;
  placeholder: string;
  loading?: boolean;
  width?: number;
}

/** The plan filter of a list: clearable, searched as typed without diacritics, labelled by number and title. */
export function PlanFilterSelect({ id, plans, value, onChange, placeholder, loading, width = 320 }: PlanFilterSelectProps) {
  return (
    <Select
      id={id}
      allowClear
      showSearch={searchLabels}
      placeholder={placeholder}
      value={value}
      onChange={(v: number | undefined) => onChange(v)}
      loading={loading}
      options={plans.map((p) => ({ value: p.id, label: planLabel(p) }))}
      popupMatchSelectWidth={false}
      style={{ width }}
    />
  );
}
