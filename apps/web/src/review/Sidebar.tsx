import { AGENCY_LEVELS, valueLabel } from '@aila/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SubmissionDetail } from '../api/client.ts';
import { useLabel, useLocale } from '../app/locale.ts';

type Proposed = NonNullable<SubmissionDetail['proposedAgency']>;

/** The agency proposed with a new entry: reviewers approve it with the entry. */
export function ProposedAgency({ agency }: { agency: Proposed }) {
  const { t } = useTranslation('review');
  const label = useLabel();
  const rows: [string, string | null | undefined][] = [
    [t('detail.agency.name'), [agency.name.en, agency.name.vi].filter(Boolean).join(' / ')],
    [t('detail.agency.level'), label(AGENCY_LEVELS[agency.level])],
    [t('detail.agency.parent'), agency.parentId],
    [t('detail.agency.province'), agency.provinceCode && label(valueLabel('province', agency.provinceCode))],
    [t('detail.agency.website'), agency.website],
  ];
  return (
    <section className="card" aria-labelledby="agency-h" data-testid="proposed-agency">
      <h2 id="agency-h">{t('detail.proposedAgency')}</h2>
      <dl className="fields fields--compact">
        {rows
          .filter(([, value]) => value)
          .map(([term, value]) => (
            <div key={term} className="field">
              <dt>{term}</dt>
              <dd className="break">{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}

export function Duplicates({ s }: { s: SubmissionDetail }) {
  const { t } = useTranslation('review');
  const label = useLabel();
  const { pct } = useLocale();
  return (
    <section className="card" aria-labelledby="dup-h">
      <h2 id="dup-h">{t('detail.duplicates')}</h2>
      {s.duplicates.length === 0 ? (
        <p className="muted">{t('detail.duplicatesNone')}</p>
      ) : (
        <ul className="plain-list" data-testid="duplicates">
          {s.duplicates.map((d) => (
            <li key={d.id}>
              <Link to={`/deployments/${d.id}`}>{label(d.title)}</Link>{' '}
              <span className="small muted">({t('detail.similarity', { pct: pct(d.score) })})</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
