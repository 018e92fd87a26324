import {
  GAP_DIMENSIONS,
  GAP_ISSUES,
  type GapDimension,
  type GapIssueCode,
  type Instrument,
  RISK_TIERS,
  STAGES,
} from '@aila/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLabel } from '../app/locale.ts';
import { Sources } from '../ui/Sources.tsx';
import type { ReadinessView, Step } from './api.ts';

/** A step's name as other steps refer to it. */
function useStepName(steps: readonly Step[]) {
  const { t } = useTranslation('readiness');
  const label = useLabel();
  return (id: string) => {
    const step = steps.find((s) => s.id === id);
    if (!step) return id;
    if (step.kind === 'recommendation')
      return `${t('roadmap.recommendation', { n: step.number })}: ${label(step.title)}`;
    return label(step.title);
  };
}

/** The ordered steps, each with why it is there, what it depends on, and what the answers reveal. */
export function Roadmap({
  view,
  instrument,
  compact = false,
}: {
  view: ReadinessView;
  instrument: Instrument;
  compact?: boolean;
}) {
  const { t } = useTranslation('readiness');
  const label = useLabel();
  const name = useStepName(view.steps);
  const questions = new Map(instrument.sections.flatMap((s) => s.questions.map((q) => [q.id, q])));
  return (
    <ol className="roadmap" data-testid="roadmap">
      {view.steps.map((step) => (
        <li key={step.id} className={`roadmap__step roadmap__step--${step.kind}`} data-step={step.id}>
          <h3>
            <span className="roadmap__n">{t('roadmap.step', { n: step.order })}</span>{' '}
            {step.kind === 'recommendation' && (
              <span className="muted">{t('roadmap.recommendation', { n: step.number })} · </span>
            )}
            {label(step.title)}
          </h3>
          <p className="roadmap__why">
            <strong>{t('roadmap.why')}:</strong> {step.why.map((w) => label(w)).join(' ')}
          </p>
          {step.evidence && step.evidence.length > 0 && (
            <div className="roadmap__evidence">
              <strong>{t('roadmap.evidence')}:</strong>
              <ul>
                {step.evidence.map((g) => {
                  const issue = GAP_ISSUES[g.issue as GapIssueCode];
                  const dim = issue ? GAP_DIMENSIONS[issue.dimension as GapDimension].label : null;
                  return (
                    <li key={g.issue}>
                      {label(dim)}: {label(issue)} ({t('roadmap.severity', { severity: g.severity })})
                      {!compact && (
                        <span className="muted small">
                          {' '}
                          — {g.questions.map((q) => label(questions.get(q)?.text)).join(' / ')}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
          {step.dependsOn.length > 0 && step.kind !== 'problem' && (
            <p className="roadmap__deps small">
              <strong>{t('roadmap.dependsOn')}:</strong>{' '}
              {step.dependsOn
                .filter((d) => compact || d.step !== 'problem' || step.dependsOn.length === 1)
                .map((d) => `${name(d.step)}${d.step === 'problem' ? '' : ` — ${label(d.why)}`}`)
                .join('; ')}
            </p>
          )}
          {step.kind === 'law' && (
            <>
              {(step.tiers ?? []).length > 0 && (
                <ul className="roadmap__tiers">
                  {(step.tiers ?? []).map((tier) => (
                    <li key={tier.code} data-tier={tier.code}>
                      <strong>{label(RISK_TIERS[tier.code as keyof typeof RISK_TIERS])}</strong>:{' '}
                      {tier.systems.map((s, i) => (
                        <span key={s.id}>
                          {i > 0 && ', '}
                          {compact ? label(s.title) : <Link to={`/deployments/${s.id}`}>{label(s.title)}</Link>}{' '}
                          <span className="muted small">
                            ({label(STAGES[s.stage as keyof typeof STAGES])}
                            {s.indicative && ` · ${t('roadmap.indicativeTier')}`})
                          </span>
                        </span>
                      ))}
                      <div className="small">
                        {tier.description ? label(tier.description) : t('roadmap.noTierText')}
                      </div>
                    </li>
                  ))}
                </ul>
              )}
              {step.pending && (
                <p className="note roadmap__pending" data-testid="guidance-pending">
                  <strong>{t('roadmap.pending')}:</strong> {label(step.pending)}
                </p>
              )}
              {!compact && step.sources && <Sources sources={step.sources} compact />}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
