import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Modal, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useCalendarFeed, useRevokeFeed, useRotateFeed } from './api';
import type { CalendarFeed } from './types';
import { formatDateTime } from '../../components/dates';
import { ApiError, type ProblemDetails } from '../../components/problem';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fmt, useI18n } from '../../i18n';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The user's own unit. */
  ownUnit: string | null;
  /** A unit picked on the page (coordinators), other than the own unit, to offer its URL too. */
  pickedUnit?: { id: number; name: string } | null;
}

/** Copies a text, returning whether the clipboard took it. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function UrlField({ id, label, url }: { id: string; label: string; url: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  return (
    <div className="feed-url">
      <label htmlFor={id} className="feed-url-label">
        {label}
      </label>
      <Space.Compact style={{ width: '100%' }}>
        <Input id={id} readOnly value={url} onFocus={(e) => e.target.select()} />
        <Button
          icon={<CopyOutlined aria-hidden />}
          aria-label={`${t.deadlines.feed.copyUrl}: ${label}`}
          onClick={async () => {
            if (await copyText(url)) message.success(t.deadlines.feed.copied);
            else message.warning(t.deadlines.feed.copyFailed);
          }}
        >
          {t.deadlines.feed.copy}
        </Button>
      </Space.Compact>
    </div>
  );
}

/**
 * The calendar subscription: a secret URL that Outlook, Google Calendar or Thunderbird polls. It is
 * shown once, when made; one may make a new one (the old one stops working) or revoke it.
 */
export function FeedDialog({ open, onClose, ownUnit, pickedUnit }: Props) {
  const { t } = useI18n();
  const tf = t.deadlines.feed;
  const { modal } = App.useApp();
  const feed = useCalendarFeed(open);
  const rotate = useRotateFeed();
  const revoke = useRevokeFeed();
  const [made, setMade] = useState<CalendarFeed | null>(null);
  const [problem, setProblem] = useState<ProblemDetails | null>(null);

  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
    } catch (e) {
      setProblem(e instanceof ApiError ? e.problem : { status: 0 });
    }
  };

  const make = () => run(async () => setMade(await rotate.mutateAsync()));

  const confirmRotate = () =>
    modal.confirm({
      title: tf.rotateConfirm,
      content: tf.rotateConfirmText,
      okText: tf.rotate,
      cancelText: t.common.cancel,
      onOk: make,
    });

  const confirmRevoke = () =>
    modal.confirm({
      title: tf.revokeConfirm,
      content: tf.revokeConfirmText,
      okText: tf.revoke,
      okButtonProps: { danger: true },
      cancelText: t.common.cancel,
      onOk: () =>
        run(async () => {
          await revoke.mutateAsync();
          setMade(null);
        }),
    });

  const close = () => {
    // the secret is not kept once the dialog closes
    setMade(null);
    setProblem(null);
    onClose();
  };

  const exists = made?.exists ?? feed.data?.exists ?? false;
  const pickedUrl = made?.urlTemplate && pickedUnit ? `${made.urlTemplate.replace('{unitId}', String(pickedUnit.id))}&subtree=true` : null;
  const ownUrl = made?.url ? `${made.url}&subtree=true` : null;

  return (
    <Modal
      open={open}
      title={tf.title}
      onCancel={close}
      destroyOnHidden
      footer={[
        <Button key="close" onClick={close}>
          {t.common.close}
        </Button>,
      ]}
    >
      <Typography.Paragraph>{tf.intro}</Typography.Paragraph>
      <ProblemAlert problem={problem} onClose={() => setProblem(null)} />
      {feed.isPending ? (
        <Spin aria-label={t.app.loading} />
      ) : (
        <>
          {made ? (
            <>
              <Alert type="warning" showIcon title={tf.copyNow} description={tf.secret} style={{ marginBottom: 12 }} />
              {ownUrl && <UrlField id="feed-url-own" label={fmt(tf.url, { unit: ownUnit ?? '' })} url={ownUrl} />}
              {pickedUrl && <UrlField id="feed-url-picked" label={fmt(tf.urlUnit, { unit: pickedUnit!.name })} url={pickedUrl} />}
            </>
          ) : (
            <Typography.Paragraph>
              {exists && feed.data?.createdAt ? fmt(tf.since, { date: formatDateTime(feed.data.createdAt) }) : tf.none}
            </Typography.Paragraph>
          )}
          <Space wrap style={{ marginTop: 12 }}>
            {exists ? (
              <Button onClick={confirmRotate} loading={rotate.isPending}>
                {tf.rotate}
              </Button>
            ) : (
              <Button type="primary" onClick={make} loading={rotate.isPending}>
                {tf.create}
              </Button>
            )}
            {exists && (
              <Button danger onClick={confirmRevoke} loading={revoke.isPending}>
                {tf.revoke}
              </Button>
            )}
          </Space>
        </>
      )}
    </Modal>
  );
}
