import { Tag } from 'antd';
import { STATE_COLORS, timeliness } from './model';
import type { ReportState } from './types';
import { useI18n } from '../../i18n';

export function ReportStateTag({ state }: { state: ReportState }) {
  const { t } = useI18n();
  return (
    <Tag variant="solid" color={STATE_COLORS[state]} style={{ color: '#fff', marginInlineEnd: 0 }}>
      {t.reports.state[state]}
    </Tag>
  );
}

/** "Đúng hạn" / "Muộn" for a report sent on `sentOn` against its due date; nothing while not sent. */
export function TimelinessTag({ sentOn, dueOn }: { sentOn: string | null | undefined; dueOn: string | null | undefined }) {
  const { t } = useI18n();
  const when = timeliness(sentOn, dueOn);
  if (!when) return null;
  return (
    <Tag variant="solid" color={when === 'ON_TIME' ? '#166534' : '#b91c1c'} style={{ color: '#fff', marginInlineEnd: 0 }}>
      {when === 'ON_TIME' ? t.reports.onTime : t.reports.late}
    </Tag>
  );
}
