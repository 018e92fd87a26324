import type { Label } from '@aila/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, otherLocale, useLocale } from '../app/locale.ts';
import type { FieldValue } from './record-fields.ts';

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * A bilingual text in the reader's language. A text given in the other language only (and
 * copied) keeps that language's `lang` and is marked "not translated".
 */
export function LabelText({
  label,
  path,
  untranslated,
  language,
}: {
  label: Label;
  path: string;
  untranslated: readonly string[];
  /** The language the text was given in, when it is neither English nor Vietnamese (e.g. a register's Dutch). */
  language?: string | null;
}) {
  const { t } = useTranslation('record');
  const { locale } = useLocale();
  if (!untranslated.includes(`${path}.${locale}`)) return <>{label[locale]}</>;
  return (
    <>
      <span lang={language ?? otherLocale(locale)}>{label[locale]}</span>{' '}
      <span className="untranslated" data-path={path}>
        {t('notTranslated')}
      </span>
    </>
  );
}

export function Value({
  value,
  path,
  untranslated,
}: {
  value: FieldValue;
  path: string;
  untranslated: readonly string[];
}) {
  const { t } = useTranslation('record');
  const { locale } = useLocale();
  switch (value.kind) {
    case 'labels':
      return <>{value.labels.map((l) => l[locale]).join(', ')}</>;
    case 'label':
      return <LabelText label={value.label} path={path} untranslated={untranslated} />;
    case 'text':
      return <>{value.text}</>;
    case 'link':
      return (
        <a href={value.url} rel="noopener noreferrer" target="_blank">
          {value.url}
        </a>
      );
    case 'amount':
      return <>{formatNumber(locale, value.value, { style: 'currency', currency: value.currency })}</>;
    default:
      return <>{t('unknown')}</>;
  }
}

/** What a source says about a value a reader may doubt, with the source. */
export function FieldEvidence({ evidence }: { evidence: { source: string; text: string } | undefined }) {
  const { t } = useTranslation('record');
  if (!evidence) return null;
  return (
    <blockquote className="quote small">
      {evidence.text}{' '}
      <a href={evidence.source} rel="noopener noreferrer" target="_blank">
        {t('evidence')}
      </a>
    </blockquote>
  );
}
