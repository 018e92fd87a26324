import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The filters on a phone: a modal panel from the side, opened by a button that shows how many
 * filters are on. Escape, the close button or "show results" close it; focus returns to the button.
 */
export function FilterDrawer({
  open,
  onClose,
  results,
  children,
}: {
  open: boolean;
  onClose: () => void;
  results: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('explore');
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="drawer" aria-labelledby="drawer-h" onClose={onClose} data-testid="filter-drawer">
      <div className="drawer__head">
        <h2 id="drawer-h">{t('filters')}</h2>
        <button type="button" className="btn btn--ghost" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <div className="drawer__body">{children}</div>
      <div className="drawer__foot">
        <button type="button" className="btn" onClick={onClose}>
          {results}
        </button>
      </div>
    </dialog>
  );
}

/** The button that opens the drawer, with the number of filters on. */
export function FilterButton({ active, onClick }: { active: number; onClick: () => void }) {
  const { t } = useTranslation('explore');
  return (
    <button type="button" className="btn btn--ghost filter-button" aria-haspopup="dialog" onClick={onClick}>
      {t('filters')}
      {active > 0 && (
        <>
          <span className="count-badge" aria-hidden="true" data-testid="filter-count">
            {active}
          </span>
          <span className="visually-hidden"> ({t('activeCount', { count: active })})</span>
        </>
      )}
    </button>
  );
}
