import { ApiError } from '../api/client.ts';
import { useLocale } from '../app/locale.ts';

export function LoadingState() {
  const { t } = useLocale();
  return (
    <div className="loading" role="status" aria-live="polite">
      <div className="skeleton skeleton--tiles" />
      <div className="skeleton skeleton--chart" />
      <span className="visually-hidden">{t('common.loading')}</span>
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useLocale();
  const detail = error instanceof ApiError ? error.message : null;
  return (
    <div className="error-state" role="alert">
      <p>{t('common.error')}</p>
      {detail && <p className="muted small">{detail}</p>}
      {onRetry && (
        <button type="button" className="btn" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
