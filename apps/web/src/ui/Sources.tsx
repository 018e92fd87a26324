import { useTranslation } from 'react-i18next';

export interface SourceLink {
  url: string;
  title?: string | undefined;
  publisher?: string | undefined;
  publishedOn?: string | undefined;
}

/** A compact, numbered list of public sources. */
export function Sources({ sources, compact = false }: { sources: readonly SourceLink[]; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={compact ? 'sources-inline' : undefined}>
      <span className="small muted">{t('sources')}: </span>
      {sources.map((s, i) => (
        <span key={s.url} className="small">
          {i > 0 && ' · '}
          <a href={s.url} rel="noopener noreferrer" target="_blank">
            {s.title ?? s.publisher ?? new URL(s.url).hostname}
          </a>
          {s.publishedOn && <span className="muted"> ({s.publishedOn})</span>}
        </span>
      ))}
    </div>
  );
}
