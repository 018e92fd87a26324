import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How a search change enters the browser's history: a new entry, or in place of the last one. */
export type OnSearch = (q: string | undefined, options: { replace: boolean }) => void;

/**
 * The search box: the results follow the text a quarter of a second after typing stops. One
 * search is one history entry: its first change adds an entry and the following ones replace it,
 * until the search is committed (Enter, or leaving the box); so Back returns to the view before
 * the search, not to each pause ("d", "da", …).
 */
export function SearchBox({ q, onSearch }: { q: string | undefined; onSearch: OnSearch }) {
  const { t } = useTranslation('explore');
  const [text, setText] = useState(q ?? '');
  const searching = useRef(false);
  // Follow the address (Back, a cleared chip), but keep what is being typed ("da " while q is "da").
  useEffect(() => setText((current) => (current.trim() === (q ?? '') ? current : (q ?? ''))), [q]);
  const apply = useCallback(
    (value: string) => {
      const next = value.trim();
      if ((q ?? '') === next) return;
      onSearch(next || undefined, { replace: searching.current });
      searching.current = true;
    },
    [q, onSearch],
  );
  useEffect(() => {
    const handle = window.setTimeout(() => apply(text), 250);
    return () => window.clearTimeout(handle);
  }, [text, apply]);
  const commit = () => {
    apply(text);
    searching.current = false;
  };
  return (
    <search className="searchbar">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          commit();
        }}
      >
        <label htmlFor="search" className="visually-hidden">
          {t('search')}
        </label>
        <input
          id="search"
          type="search"
          value={text}
          placeholder={t('searchPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          autoComplete="off"
        />
      </form>
    </search>
  );
}
