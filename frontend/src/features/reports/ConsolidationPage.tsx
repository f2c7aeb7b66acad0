import { Typography } from 'antd';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n';

// Placeholder: the page is being built in this feature folder.
export default function ConsolidationPage() {
  const { t } = useI18n();
  useDocumentTitle(t.reports.consolidationTitle);
  return <Typography.Title level={1}>{t.reports.consolidationTitle}</Typography.Title>;
}
