import { SECTION_KEYS, type Plan, type PlanInput, type PlanKind, type SectionKey } from '../../app/types';
import { yearInVietnam } from '../../components/dates';

/** The plan form's values; lists keep empty rows so server errors like recipients[2] stay aligned. */
export interface PlanFormValues {
  kind?: PlanKind;
  year?: number;
  title?: string;
  issuingUnitId?: number;
  place?: string;
  parentPlanId?: number | null;
  legalBases: string[];
  sections: Partial<Record<SectionKey, string>>;
  recipients: string[];
  /** Working days within which assigned units issue their implementing plans (0: none required). */
  implementingPlanDays?: number;
}

export function emptyFormValues(defaults: { issuingUnitId?: number; year?: number } = {}): PlanFormValues {
  return {
    kind: 'CCHC',
    year: defaults.year ?? yearInVietnam(),
    title: '',
    issuingUnitId: defaults.issuingUnitId,
    place: '',
    parentPlanId: null,
    legalBases: [],
    sections: {},
    recipients: [],
    implementingPlanDays: 15,
  };
}

export function planToFormValues(plan: Plan): PlanFormValues {
  const sections: Partial<Record<SectionKey, string>> = {};
  for (const k of SECTION_KEYS) sections[k] = plan.sections[k] ?? '';
  return {
    kind: plan.kind,
    year: plan.year,
    title: plan.title,
    issuingUnitId: plan.issuingUnit.id,
    place: plan.place ?? '',
    parentPlanId: plan.parentPlan?.id ?? null,
    legalBases: [...plan.legalBases],
    sections,
    recipients: [...plan.recipients],
    implementingPlanDays: plan.implementingPlanDays,
  };
}

const orNull = (s: string | undefined | null) => (s && s.trim() ? s.trim() : null);

export function formValuesToInput(v: PlanFormValues): PlanInput {
  const sections: Record<string, string | null> = {};
  for (const k of SECTION_KEYS) sections[k] = v.sections?.[k]?.trim() ? v.sections[k]! : null;
  return {
    kind: v.kind!,
    year: v.year!,
    title: (v.title ?? '').trim(),
    issuingUnitId: v.issuingUnitId!,
    place: orNull(v.place),
    parentPlanId: v.parentPlanId ?? null,
    legalBases: (v.legalBases ?? []).map((s) => (s ?? '').trim()),
    sections: sections as PlanInput['sections'],
    recipients: (v.recipients ?? []).map((s) => (s ?? '').trim()),
    implementingPlanDays: v.implementingPlanDays ?? null,
  };
}
