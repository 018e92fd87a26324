import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Page } from '../ui/Page.tsx';

export function SubmitPage() {
  const { t } = useTranslation(['pages', 'common']);
  return (
    <Page title={t('submit.title')} lead={t('submit.lead')}>
      <div className="card">
        <p>{t('inPreparation')}</p>
        <p>
          <Link to="/">{t('common:nav.overview')}</Link> · <Link to="/explore">{t('common:nav.explore')}</Link>
        </p>
      </div>
    </Page>
  );
}
