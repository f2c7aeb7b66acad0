import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  CloseCircleOutlined,
  ExclamationCircleOutlined,
  HourglassOutlined,
  IssuesCloseOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { STATE_COLORS } from './state';
import type { DeadlineState } from './types';
import { useI18n } from '../../i18n';

export const STATE_ICONS: Record<DeadlineState, ReactNode> = {
  OPEN: <ClockCircleOutlined aria-hidden />,
  DUE_SOON: <HourglassOutlined aria-hidden />,
  OVERDUE: <ExclamationCircleOutlined aria-hidden />,
  MET_ON_TIME: <CheckCircleOutlined aria-hidden />,
  MET_LATE: <IssuesCloseOutlined aria-hidden />,
  CANCELLED: <CloseCircleOutlined aria-hidden />,
};

/** A deadline's state: its words, an icon and a colour (solid, white text, ≥ 4.5:1). */
export function DeadlineStateTag({ state }: { state: DeadlineState }) {
  const { t } = useI18n();
  return (
    <Tag
      variant="solid"
      color={STATE_COLORS[state]}
      icon={STATE_ICONS[state]}
      className="deadline-state"
      style={{ color: '#fff', marginInlineEnd: 0 }}
    >
      {t.deadlines.state[state]}
    </Tag>
  );
}
