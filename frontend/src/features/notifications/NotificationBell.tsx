import { BellOutlined } from '@ant-design/icons';
import { Button, Drawer, Empty, Space } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useLatestNotifications, useMarkAllRead, useMarkRead } from './api';
import { badgeText, NoticeItem } from './NoticeItem';
import { useCurrentUser } from '../../app/queries';
import { ApiError } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fmt, useI18n } from '../../i18n';
import './notifications.css';

/**
 * The bell in the header: the unread count of the user's unit's notices (polled every minute and on
 * returning to the tab) and a panel with the latest ones, each marked read one by one or all at once.
 */
export function NotificationBell() {
  const { t } = useI18n();
  const tn = t.deadlines.notifications;
  const me = useCurrentUser();
  const hasUnit = !!me.data?.unit && !me.data.roles.every((r) => r === 'integration');
  const latest = useLatestNotifications(hasUnit);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  if (!hasUnit) return null;
  const unread = latest.data?.unread ?? 0;
  const items = latest.data?.items ?? [];
  const error = markAll.error ?? markRead.error ?? latest.error;
  const problem = error instanceof ApiError ? error.problem : error ? { status: 0 } : null;

  return (
    <>
      <Button
        ref={buttonRef}
        type="text"
        className="bell-button"
        aria-label={unread > 0 ? fmt(tn.bellUnread, { count: unread }) : tn.bell}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        <BellOutlined aria-hidden />
        {unread > 0 && (
          <span className="bell-count" aria-hidden>
            {badgeText(unread)}
          </span>
        )}
      </Button>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        afterOpenChange={(visible) => {
          if (!visible) buttonRef.current?.focus();
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
            <Link to="/notifications" onClick={() => setOpen(false)}>
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
                onOpen={() => setOpen(false)}
              />
            ))}
          </ul>
        )}
      </Drawer>
    </>
  );
}
