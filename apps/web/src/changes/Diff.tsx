import { FIELDS } from '@aila/domain';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../app/locale.ts';
import { HeadRow } from '../ui/controls.tsx';
import { type Change, fieldOfChange, type PathPart, pathParts, type ShownValue, shownValue } from './describe.ts';

const PART_KEYS = [
  'dimension',
  'issue',
  'severity',
  'note',
  'source',
  'status',
  'evidence',
  'url',
  'title',
  'publisher',
  'publishedOn',
  'language',
  'value',
  'currency',
  'rights',
  'safety',
  'sector',
  'automation',
  'scale',
  'undisclosedInteraction',
  'generatesContent',
] as const;
const knownPart = (key: string) => PART_KEYS.find((k) => k === key);

/** The field's title and, below it, which part changed (a language, an item, a sub-field). */
function ChangeName({ change }: { change: Change }) {
  const { t } = useTranslation('changes');
  const label = useLabel();
  const field = fieldOfChange(change);
  const part = (p: PathPart) => {
    switch (p.kind) {
      case 'lang':
        return t(`lang.${p.lang}`);
      case 'item':
        return t('item', { n: p.n });
      case 'label':
        return label(p.label);
      default: {
        const known = knownPart(p.key);
        return known ? t(`parts.${known}`) : p.key;
      }
    }
  };
  const parts = pathParts(change).map(part);
  return (
    <>
      {field ? label(FIELDS[field].title) : null}
      {parts.length > 0 && <span className="diff__part"> · {parts.join(' · ')}</span>}
    </>
  );
}

function Value({ value }: { value: ShownValue }) {
  const { t } = useTranslation('changes');
  const label = useLabel();
  if (value.kind === 'empty') return <span className="muted">{t('empty')}</span>;
  if (value.kind === 'labels') return <>{value.labels.map(label).join(', ')}</>;
  if (value.kind === 'untranslated')
    return (
      <>
        {value.items
          .map((u) => `${u.field ? label(FIELDS[u.field].title) : u.path} (${t(`lang.${u.lang}`)})`)
          .join(', ')}
      </>
    );
  return <span className="diff__text">{value.text}</span>;
}

/** Field-by-field differences, before and after side by side (stacked on a phone). */
export function Diff({ changes, caption }: { changes: readonly Change[]; caption?: string }) {
  const { t } = useTranslation('changes');
  if (changes.length === 0) return <p className="muted">{t('none')}</p>;
  return (
    <table className="data-table diff" data-testid="diff">
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <HeadRow columns={[t('field'), t('before'), t('after')]} />
      <tbody>
        {changes.map((c) => (
          <tr key={c.path} data-path={c.path}>
            <th scope="row">
              <ChangeName change={c} />
            </th>
            <td className="diff__before" data-label={t('before')}>
              <Value value={shownValue(c, c.before)} />
            </td>
            <td className="diff__after" data-label={t('after')}>
              <Value value={shownValue(c, c.after)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
