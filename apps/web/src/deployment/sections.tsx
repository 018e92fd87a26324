import {
  codesOf,
  ETHICS_PRINCIPLES,
  ETHICS_STATUSES,
  FIELDS,
  GAP_DIMENSIONS,
  GAP_ISSUES,
  INDICATIVE_BASES,
  INDICATIVE_CAVEAT,
  indicativeRisk,
  indicativeRuleLabel,
  SEVERITIES,
  SEVERITY_ANCHORS,
} from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DeploymentDetail } from '../api/client.ts';
import { registersQuery } from '../api/queries.ts';
import { useValueLabel } from '../app/fields.ts';
import { useLabel, useLocale } from '../app/locale.ts';
import { Field } from './Value.tsx';

export function Cite({ d }: { d: DeploymentDetail }) {
  const { t } = useTranslation('record');
  const { locale, date } = useLocale();
  const [copied, setCopied] = useState(false);
  const text = t('citation', {
    year: new Date(d.updatedAt).getFullYear(),
    title: d.title[locale],
    id: d.id,
    revision: d.revision,
    date: date(d.updatedAt),
    url: `${window.location.origin}/deployments/${d.id}`,
  });
  return (
    <section className="card cite" aria-labelledby="cite-h">
      <h2 id="cite-h">{t('cite')}</h2>
      <p className="cite__text" data-testid="citation">
        {text}
      </p>
      <button
        type="button"
        className="btn btn--ghost no-print"
        onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopied(true))}
      >
        {copied ? t('copied') : t('copy')}
      </button>
    </section>
  );
}

export function Gaps({ d }: { d: DeploymentDetail }) {
  const { t } = useTranslation('record');
  const label = useLabel();
  if (!d.gapsAssessed) return <p className="muted">{t('gapsNotAssessed')}</p>;
  if (d.gaps.length === 0) return <p>{t('gapsNone')}</p>;
  return (
    <ul className="gaps">
      {d.gaps.map((g) => (
        <li key={`${g.issue}-${g.source}`} className={`gap gap--sev-${g.severity}`}>
          <div className="gap__head">
            <strong>{label(GAP_DIMENSIONS[g.dimension].label)}</strong> · {label(GAP_ISSUES[g.issue])}
            <span className="gap__sev" title={label(SEVERITY_ANCHORS[g.severity])}>
              {t('severity')}: {label(SEVERITIES[g.severity])}
            </span>
          </div>
          <p className="small muted">{label(SEVERITY_ANCHORS[g.severity])}</p>
          {g.evidence && <blockquote className="quote">{g.evidence}</blockquote>}
          {g.note && <p>{label(g.note)}</p>}
          <a href={g.source} rel="noopener noreferrer" target="_blank" className="small">
            {t('evidence')}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function Ethics({ d }: { d: DeploymentDetail }) {
  const { t } = useTranslation('record');
  const label = useLabel();
  const entries = codesOf(ETHICS_PRINCIPLES).map((p) => ({ principle: p, entry: d.ethics[p] }));
  return (
    <>
      {!entries.some((e) => e.entry) && <p className="muted">{t('ethicsUnknown')}</p>}
      <table className="data-table">
        <tbody>
          {entries.map(({ principle, entry }) => (
            <tr key={principle}>
              <th scope="row">{label(ETHICS_PRINCIPLES[principle])}</th>
              <td className={`ethics ethics--${entry?.status ?? 'unknown'}`}>
                {label(ETHICS_STATUSES[entry?.status ?? 'unknown'])}
                {entry?.evidence && <div className="small muted">{entry.evidence}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function RecordCard({ d }: { d: DeploymentDetail }) {
  const { t } = useTranslation('record');
  const { date } = useLocale();
  const label = useLabel();
  const valueText = useValueLabel();
  return (
    <section className="card" aria-labelledby="record-h">
      <h2 id="record-h">{t('record')}</h2>
      <dl className="fields fields--compact">
        <Field label={label(FIELDS.id.title)}>
          <code>{d.id}</code>
        </Field>
        <Field label={t('revision', { n: d.revision })}>
          {t('updated')}: {date(d.updatedAt)}
        </Field>
        <Field label={t('published')}>{date(d.publishedAt)}</Field>
        <Field label={label(FIELDS.reviewedOn.title)}>
          <span data-testid="reviewed-on">{d.reviewedOn ? date(d.reviewedOn) : t('notRecorded')}</span>
        </Field>
        <Field label={label(FIELDS.origin.title)}>{valueText('origin', d.provenance.kind)}</Field>
        {d.provenance.register && <ImportedFrom d={d} />}
      </dl>
      {d.revisions.length > 0 && (
        <>
          <h3 className="small">{t('history')}</h3>
          <ol className="revisions" data-testid="revisions">
            {d.revisions.map((r) => (
              <li key={r.revision}>
                {t('revision', { n: r.revision })} · {date(r.publishedAt)}
              </li>
            ))}
          </ol>
          <p className="small">
            <Link to={`/deployments/${d.id}/history`} data-testid="history-link">
              {t('historyLink')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}

/**
 * AILA's indicative reading of the Law on AI for this record: the tier, the rule that gave it and
 * what the rule rests on, apart from any tier the agency or a source declares.
 */
export function IndicativeRisk({ d }: { d: DeploymentDetail }) {
  const { t } = useTranslation('record');
  const label = useLabel();
  const valueText = useValueLabel();
  const reading = indicativeRisk(d);
  return (
    <div data-testid="indicative-risk" data-tier={reading.tier}>
      <p>
        <span
          className={`badge badge--risk-${reading.tier === 'undetermined' || reading.tier === 'not_applicable' ? 'unclassified' : reading.tier}`}
        >
          {valueText('indicativeTier', reading.tier)}
        </span>{' '}
        {label(indicativeRuleLabel(reading))}
      </p>
      {reading.bases.length > 0 && (
        <ul className="small">
          {reading.bases.map((b) => (
            <li key={b}>{label(INDICATIVE_BASES[b])}</li>
          ))}
        </ul>
      )}
      <p className="small muted" data-testid="indicative-caveat">
        {label(INDICATIVE_CAVEAT)}
      </p>
      <p className="small">
        {t('indicative.declared')} <strong>{valueText('riskTier', d.risk.tier)}</strong>
      </p>
    </div>
  );
}

/** Where an imported record comes from: the register, its own id of the record, the file and its original values. */
function ImportedFrom({ d }: { d: DeploymentDetail }) {
  const { t } = useTranslation('record');
  const label = useLabel();
  const registers = useQuery(registersQuery());
  const register = registers.data?.items.find((r) => r.id === d.provenance.register);
  const original = Object.entries(d.provenance.original ?? {});
  return (
    <Field label={t('imported.title')}>
      <span data-testid="imported-from">
        {register ? (
          <a href={register.url} rel="noopener noreferrer" target="_blank">
            {label(register.name)}
          </a>
        ) : (
          d.provenance.register
        )}
        {' · '}
        {t('imported.id')} <code>{d.provenance.registerId}</code>
        {d.provenance.fileDate && ` · ${t('imported.file', { date: d.provenance.fileDate })}`}
      </span>
      {original.length > 0 && (
        <div className="small muted" data-testid="original-values">
          {t('imported.original')}{' '}
          {original.map(([k, v]) => (
            <span key={k}>
              {k}: “{v}”{' '}
            </span>
          ))}
        </div>
      )}
      {d.language && <div className="small muted">{t('imported.language', { language: d.language })}</div>}
    </Field>
  );
}
