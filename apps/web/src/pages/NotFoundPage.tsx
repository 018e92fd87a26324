import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Page } from '../ui/Page.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('state.notFound')} lead={t('state.notFoundText')}>
      <Link to="/">{t('state.goHome')}</Link>
    </Page>
  );
}
