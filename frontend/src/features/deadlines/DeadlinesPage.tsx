import { Typography } from 'antd';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n';

// Placeholder: the page is being built in this feature folder.
export default function DeadlinesPage() {
  const { t } = useI18n();
  useDocumentTitle(t.deadlines.title);
  return <Typography.Title level={1}>{t.deadlines.title}</Typography.Title>;
}
