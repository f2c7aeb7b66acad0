import { Button, Empty, Pagination, Segmented, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useMarkAllRead, useMarkRead, useNotificationPage } from './api';
import { NoticeItem } from './NoticeItem';
import { useCurrentUser } from '../../app/queries';
import { ApiError } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { fmt, formatNumber, useI18n } from '../../i18n';
import './notifications.css';

const DEFAULT_SIZE = 20;

/** ?unread=1&page=2&size=50 → the list's state (page 0-based as the API counts). */
export function readNoticeParams(sp: URLSearchParams) {
  const page = Number(sp.get('page') ?? '1');
  const size = Number(sp.get('size') ?? DEFAULT_SIZE);
  return {
    unread: sp.get('unread') === '1',
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
    size: Number.isInteger(size) && size >= 1 && size <= 100 ? size : DEFAULT_SIZE,
  };
}

/** Every notice of the user's unit, newest first, with a read/unread filter and paging. */
export default function NotificationsPage() {
  const { t, lang } = useI18n();
  const tn = t.deadlines.notifications;
  useDocumentTitle(t.deadlines.notificationsTitle);
  const [sp, setSp] = useSearchParams();
  const params = useMemo(() => readNoticeParams(sp), [sp]);
  const me = useCurrentUser();
  const list = useNotificationPage(params.unread, params.page, params.size);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const error = list.error ?? markRead.error ?? markAll.error;
  const problem = error instanceof ApiError ? error.problem : error ? { status: 0 } : null;
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  const go = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(sp);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    setSp(next);
  };

  return (
    <>
      <Typography.Title level={1}>{t.deadlines.notificationsTitle}</Typography.Title>
      {me.data?.unit && <Typography.Paragraph>{fmt(tn.intro, { unit: me.data.unit.name })}</Typography.Paragraph>}
      <div className="notifications-toolbar">
        <div>
          <span id="notice-filter-label" className="visually-hidden">
            {tn.filter}
          </span>
          <Segmented<string>
            aria-labelledby="notice-filter-label"
            value={params.unread ? 'unread' : 'all'}
            onChange={(v) => go({ unread: v === 'unread' ? '1' : undefined, page: undefined })}
            options={[
              { value: 'all', label: tn.filterAll },
              { value: 'unread', label: tn.filterUnread },
            ]}
          />
        </div>
        <Typography.Text role="status">{fmt(tn.unreadCount, { count: formatNumber(unread, lang) })}</Typography.Text>
        <Button onClick={() => markAll.mutate()} disabled={unread === 0} loading={markAll.isPending}>
          {tn.markAllRead}
        </Button>
      </div>
      <ProblemAlert problem={problem} />
      {list.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={params.unread ? tn.noneUnread : tn.none} />
      ) : (
        <ul className="notice-list" aria-label={tn.list} aria-busy={list.isFetching}>
          {items.map((n) => (
            <NoticeItem
              key={n.id}
              notice={n}
              onMarkRead={(id) => markRead.mutate(id)}
              marking={markRead.isPending && markRead.variables === n.id}
            />
          ))}
        </ul>
      )}
      {(list.data?.total ?? 0) > 0 && (
        <Pagination
          style={{ marginTop: 16 }}
          current={params.page + 1}
          pageSize={params.size}
          total={list.data?.total ?? 0}
          showSizeChanger
          pageSizeOptions={[10, 20, 50, 100]}
          showTotal={(total, range) =>
            fmt(tn.range, { from: formatNumber(range[0], lang), to: formatNumber(range[1], lang), total: formatNumber(total, lang) })
          }
          onChange={(page, size) =>
            go({ page: page > 1 ? String(page) : undefined, size: size !== DEFAULT_SIZE ? String(size) : undefined })
          }
        />
      )}
    </>
  );
}
