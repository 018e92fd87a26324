import { FIELDS } from '@aila/domain';
import { useEffect, useRef } from 'react';
import { useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldOfPath } from '../app/field-paths.ts';
import { useLabel, useLocale } from '../app/locale.ts';
import type { FormValues } from './draft.ts';
import { allErrors, errorText } from './problems.ts';
import { formOrder, STEP_KEYS, type StepKey, stepOfName } from './steps.ts';

/** The steps as a list to move between them; after a failed send, how many problems each has. */
export function Stepper({
  current,
  onGo,
  showProblems,
}: {
  current: StepKey;
  onGo: (step: StepKey) => void;
  showProblems: boolean;
}) {
  const { t } = useTranslation('submit');
  const { errors } = useFormState<FormValues>();
  const currentButton = useRef<HTMLButtonElement>(null);
  // On a phone the steps scroll sideways: keep the current one in view.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes
  useEffect(() => {
    currentButton.current?.scrollIntoView({ block: 'nearest', inline: 'center' });
  }, [current]);
  const counts = new Map<StepKey, number>();
  if (showProblems)
    for (const e of allErrors(errors)) counts.set(stepOfName(e.name), (counts.get(stepOfName(e.name)) ?? 0) + 1);
  return (
    <nav className="stepper" aria-label={t('steps')}>
      <ol>
        {STEP_KEYS.map((key, i) => (
          <li key={key}>
            <button
              type="button"
              ref={key === current ? currentButton : undefined}
              aria-current={key === current ? 'step' : undefined}
              className={counts.get(key) ? 'stepper__step stepper__step--problem' : 'stepper__step'}
              onClick={() => onGo(key)}
            >
              <span className="stepper__n">{i + 1}</span> {t(`stepTitles.${key}`)}
              {counts.get(key) ? <span className="stepper__count"> ({counts.get(key)})</span> : null}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The title of the field a form value belongs to, numbered inside lists. */
function useFieldTitle(): (name: string) => string {
  const { t } = useTranslation('submit');
  const label = useLabel();
  return (name) => {
    if (name.startsWith('proposedAgency')) return t('agency.propose');
    const path = name.replace(/^record\.?/, '');
    const key = fieldOfPath(path);
    const title = key ? label(FIELDS[key].title) : path;
    const item = path.match(/\.(\d+)(\.|$)/);
    return item ? `${title} ${Number(item[1]) + 1}` : title;
  };
}

/** Every problem of the form (its own checks and the API's), each a link to its field. */
export function ProblemSummary({ onGo }: { onGo: (step: StepKey, focusName: string) => void }) {
  const { t } = useTranslation('submit');
  const { locale } = useLocale();
  const { errors } = useFormState<FormValues>();
  const fieldTitle = useFieldTitle();
  const problems = allErrors(errors).sort((a, b) => formOrder(a.name) - formOrder(b.name));
  if (problems.length === 0) return null;
  return (
    <div id="problem-summary" className="problem-summary" role="alert" tabIndex={-1} data-testid="problem-summary">
      <h3>{t('problems.title', { count: problems.length })}</h3>
      <ul>
        {problems.map((p) => {
          const step = stepOfName(p.name);
          return (
            <li key={`${p.name}-${p.message}`} data-path={p.name}>
              <a
                href={`#${p.name}`}
                onClick={(e) => {
                  e.preventDefault();
                  onGo(step, p.name);
                }}
              >
                {t('problems.step', { step: t(`stepTitles.${step}`), field: fieldTitle(p.name) })}
              </a>
              : {errorText(p, locale, t)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
