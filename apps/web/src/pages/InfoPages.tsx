import { Link } from 'react-router-dom';
import { useLocale } from '../app/locale.ts';

function InfoPage({ section }: { section: 'submit' }) {
  const { t } = useLocale();
  return (
    <div className="page">
      <header className="page-head">
        <h1>{t(`pages.${section}.title`)}</h1>
        <p className="lead">{t(`pages.${section}.lead`)}</p>
      </header>
      <div className="card">
        <p>{t('pages.inPreparation')}</p>
        <p>
          <Link to="/">{t('nav.overview')}</Link> · <Link to="/explore">{t('nav.explore')}</Link>
        </p>
      </div>
    </div>
  );
}

export const SubmitPage = () => <InfoPage section="submit" />;

export function NotFoundPage() {
  const { t } = useLocale();
  return (
    <div className="page">
      <h1>{t('common.notFound')}</h1>
      <p>{t('common.notFoundText')}</p>
      <Link to="/">{t('common.goHome')}</Link>
    </div>
  );
}
