import { Result, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../i18n';
import { useDocumentTitle } from './useDocumentTitle';

/** The friendly 404 page; also shown for things the user may not see. */
export function NotFound({ title }: { title?: string }) {
  const { t } = useI18n();
  const heading = title ?? t.errors.notFoundTitle;
  useDocumentTitle(heading);
  return (
    <Result
      status="404"
      title={
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {heading}
        </Typography.Title>
      }
      subTitle={<p style={{ color: 'rgba(0,0,0,0.7)' }}>{t.errors.notFoundText}</p>}
      extra={<Link to="/plans">{t.errors.backToPlans}</Link>}
    />
  );
}
