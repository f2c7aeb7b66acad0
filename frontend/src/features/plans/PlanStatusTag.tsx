import { Tag } from 'antd';
import type { PlanStatus } from '../../app/types';
import { useI18n } from '../../i18n';

// Solid colours with white text, all ≥ 4.5:1 (antd's preset tag colours are not).
export const STATUS_COLORS: Record<PlanStatus, string> = {
  DRAFT: '#92400e',
  ISSUED: '#166534',
  CLOSED: '#475569',
};

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useI18n();
  return (
    <Tag variant="solid" color={STATUS_COLORS[status]} style={{ color: '#fff', marginInlineEnd: 0 }}>
      {t.planStatus[status]}
    </Tag>
  );
}
