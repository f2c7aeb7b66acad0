import { useEffect } from 'react';
import { useI18n } from '../i18n';

/** Sets document.title to "<page> · <product>". */
export function useDocumentTitle(page: string | null | undefined) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = page ? `${page} · ${t.app.productName}` : t.app.productName;
  }, [page, t.app.productName]);
}
