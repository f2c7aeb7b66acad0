import { NotFound } from '../../components/NotFound';
import { useI18n } from '../../i18n';

/** The page of an address the app does not know (the router's catch-all route). */
export default function PageNotFoundRoute() {
  const { t } = useI18n();
  return <NotFound title={t.errors.pageNotFoundTitle} />;
}
