import { BellOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { lazy, Suspense, useRef, useState } from 'react';
import { useLatestNotifications } from './api';
import { useCurrentUser } from '../../app/queries';
import { fmt, useI18n } from '../../i18n';
import './notifications.css';

const loadPanel = () => import('./NotificationPanel');
const NotificationPanel = lazy(loadPanel);

/** The number on the bell: nothing at 0, "99+" above 99. */
export function badgeText(unread: number): string {
  if (unread <= 0) return '';
  return unread > 99 ? '99+' : String(unread);
}

/**
 * The bell in the header: the unread count of the user's unit's notices (polled every minute and on
 * returning to the tab) and a panel with the latest ones (NotificationPanel, its code fetched when the
 * pointer or the focus first reaches the bell, so that it is there by the click).
 */
export function NotificationBell() {
  const { t } = useI18n();
  const tn = t.deadlines.notifications;
  const me = useCurrentUser();
  const hasUnit = !!me.data?.unit && !me.data.roles.every((r) => r === 'integration');
  const latest = useLatestNotifications(hasUnit);
  const [open, setOpen] = useState(false);
  // mounted from the first opening on, so that the panel can animate closed and give the focus back
  const [opened, setOpened] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  if (!hasUnit) return null;
  const unread = latest.data?.unread ?? 0;

  return (
    <>
      <Button
        ref={buttonRef}
        type="text"
        className="bell-button"
        aria-label={unread > 0 ? fmt(tn.bellUnread, { count: unread }) : tn.bell}
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        <BellOutlined aria-hidden />
        {unread > 0 && (
          <span className="bell-count" aria-hidden>
            {badgeText(unread)}
          </span>
        )}
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <NotificationPanel latest={latest} open={open} onClose={() => setOpen(false)} returnFocus={buttonRef} />
        </Suspense>
      )}
    </>
  );
}
