import { Button, Drawer, Empty, Space } from 'antd';
import type { RefObject } from 'react';
import { Link } from 'react-router';
import { useMarkAllRead, useMarkRead, type NotificationPage } from './api';
import { NoticeItem } from './NoticeItem';
import { ApiError } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fmt, useI18n } from '../../i18n';

interface Props {
  /** The bell's query of the latest notices: what it has, or why it has nothing. */
  latest: { data: NotificationPage | undefined; error: Error | null };
  open: boolean;
  onClose: () => void;
  /** The bell, focused again when the panel has closed. */
  returnFocus: RefObject<HTMLButtonElement | null>;
}

/**
 * The bell's panel: the latest notices, each marked read one by one or all at once.
 * Its own chunk (Drawer, Empty, Alert, Tag and the date helpers), loaded when the bell is first opened.
 */
export default function NotificationPanel({ latest, open, onClose, returnFocus }: Props) {
  const { t } = useI18n();
  const tn = t.deadlines.notifications;
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();

  const unread = latest.data?.unread ?? 0;
  const items = latest.data?.items ?? [];
  const error = markAll.error ?? markRead.error ?? latest.error;
  const problem = error instanceof ApiError ? error.problem : error ? { status: 0 } : null;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      afterOpenChange={(visible) => {
        if (!visible) returnFocus.current?.focus();
      }}
      title={tn.latest}
      placement="right"
      size={420}
      destroyOnHidden
      extra={
        unread > 0 ? (
          <Button size="small" onClick={() => markAll.mutate()} loading={markAll.isPending}>
            {tn.markAllRead}
          </Button>
        ) : undefined
      }
      footer={
        <Space>
          <Link to="/notifications" onClick={onClose}>
            {tn.viewAll}
          </Link>
        </Space>
      }
    >
      <p className="visually-hidden" aria-live="polite">
        {fmt(tn.unreadCount, { count: unread })}
      </p>
      <ProblemAlert problem={problem} />
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tn.none} />
      ) : (
        <ul className="notice-list" aria-label={tn.latest}>
          {items.map((n) => (
            <NoticeItem
              key={n.id}
              notice={n}
              onMarkRead={(id) => markRead.mutate(id)}
              marking={markRead.isPending && markRead.variables === n.id}
              onOpen={onClose}
            />
          ))}
        </ul>
      )}
    </Drawer>
  );
}
