import { Button, Tag } from 'antd';
import { Link } from 'react-router';
import type { Notification } from './api';
import { formatDateTime } from '../../components/dates';
import { useI18n } from '../../i18n';

type KnownKind = 'DEADLINE_DUE_SOON' | 'DEADLINE_OVERDUE' | 'REPORT_MISSING' | 'OTHER';

// Solid colours with white text, ≥ 4.5:1; the kind is also written out.
export const KIND_COLORS: Record<KnownKind, string> = {
  DEADLINE_DUE_SOON: '#92400e',
  DEADLINE_OVERDUE: '#b91c1c',
  REPORT_MISSING: '#1e40af',
  OTHER: '#475569',
};

export function knownKind(kind: string): KnownKind {
  return kind in KIND_COLORS ? (kind as KnownKind) : 'OTHER';
}

interface Props {
  notice: Notification;
  onMarkRead: (id: number) => void;
  /** Called when the notice's link is followed (it is marked read as well). */
  onOpen?: () => void;
  marking?: boolean;
}

/** One notice: what (its kind and title, a link where it leads), when, and whether the user has read it. */
export function NoticeItem({ notice, onMarkRead, onOpen, marking }: Props) {
  const { t } = useI18n();
  const tn = t.deadlines.notifications;
  const kind = knownKind(notice.kind);
  const internal = notice.link?.startsWith('/');
  return (
    <li className={`notice ${notice.read ? 'notice-read' : 'notice-unread'}`}>
      <div className="notice-head">
        <Tag variant="solid" color={KIND_COLORS[kind]} style={{ color: '#fff' }}>
          {tn.kinds[kind]}
        </Tag>
        {!notice.read && <span className="notice-unread-mark">{tn.unread}</span>}
        <time className="notice-time" dateTime={notice.createdAt}>
          {formatDateTime(notice.createdAt)}
        </time>
      </div>
      <div className="notice-title">
        {notice.link && internal ? (
          <Link
            to={notice.link}
            onClick={() => {
              if (!notice.read) onMarkRead(notice.id);
              onOpen?.();
            }}
          >
            {notice.title}
          </Link>
        ) : (
          notice.title
        )}
      </div>
      {notice.body && <div className="notice-body multiline">{notice.body}</div>}
      {!notice.read && (
        <Button size="small" type="link" className="notice-mark" loading={marking} onClick={() => onMarkRead(notice.id)}>
          {tn.markRead}
          <span className="visually-hidden">: {notice.title}</span>
        </Button>
      )}
    </li>
  );
}
