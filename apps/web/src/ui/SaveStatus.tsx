import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { useLocale } from '../app/locale.ts';
import type { SaveState } from './useSaveLoop.ts';

/** Where the saved work stands: saved (when), saving, waiting, or failed with a way to retry. */
export function SaveStatus({
  state,
  onRetry,
  ns,
}: {
  state: SaveState;
  onRetry: () => void;
  /** The namespace whose `save.*` strings name what is saved (a draft, answers). */
  ns: 'submit' | 'readiness';
}) {
  const { t } = useTranslation(ns);
  const { locale } = useLocale();
  const time = (d: Date) => d.toLocaleTimeString(locale === 'vi' ? 'vi-VN' : 'en-GB', { timeStyle: 'short' });
  const reason = (error: unknown) => (error instanceof ApiError ? error.message : String(error));
  return (
    <div className={`save-status save-status--${state.kind}`} role="status" data-testid="save-status">
      {state.kind === 'fresh' && t('save.fresh')}
      {state.kind === 'pending' && t('save.pending')}
      {state.kind === 'saving' && t('save.saving')}
      {state.kind === 'saved' && t('save.saved', { time: time(state.at) })}
      {state.kind === 'failed' && (
        <>
          {t('save.failed', { reason: reason(state.error) })}{' '}
          <button type="button" className="btn btn--ghost btn--small" onClick={onRetry}>
            {t('save.retry')}
          </button>
        </>
      )}
    </div>
  );
}
