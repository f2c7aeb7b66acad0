import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../components/problem';
import { useI18n } from '../../i18n';

/** A button that fetches a file with the bearer token and saves it; says so when it fails. */
export function DownloadButton({ run, children, ...props }: Omit<ButtonProps, 'onClick' | 'loading'> & { run: () => Promise<void> }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined aria-hidden />}
      {...props}
      loading={busy}
      onClick={async () => {
        setBusy(true);
        try {
          await run();
        } catch (e) {
          const problem = e instanceof ApiError ? e.problem : undefined;
          message.error([t.reports.downloadFailed, problem?.title, problem?.detail].filter(Boolean).join(' '));
        } finally {
          setBusy(false);
        }
      }}
    >
      {children}
    </Button>
  );
}
