import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { z } from 'zod';
import { ApiError } from '../api/client.ts';
import { sendForReview } from '../api/writes.ts';
import { SaveStatus } from '../ui/SaveStatus.tsx';
import { type FormValues, type Target, toInput } from './draft.ts';
import { ProblemSummary, Stepper } from './FormChrome.tsx';
import type { Name } from './inputs.tsx';
import { focusField, problemsOf, serverError } from './problems.ts';
import { type StepContext, StepFields } from './StepFields.tsx';
import { SubmissionFormSchema } from './schema.ts';
import { isStep, STEP_KEYS, type StepKey } from './steps.ts';
import { useAutosave } from './useAutosave.ts';

interface Props {
  initial: FormValues;
  target: Target;
  submissionId: string | null;
  /** The first save created the submission. */
  onCreated: (id: string) => void;
  context: StepContext;
}

/** The step in the address, so that a reload (or a shared link) opens the same step. */
function useStep(): [StepKey, (next: StepKey) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('step');
  const step = isStep(raw) ? raw : 'system';
  const set = (next: StepKey) =>
    setParams(
      (p) => {
        p.set('step', next);
        return p;
      },
      { replace: true },
    );
  return [step, set];
}

/** The multi-step submission form: saved as it is filled in, checked and sent on the last step. */
export function SubmissionForm({ initial, target, submissionId, onCreated, context }: Props) {
  const { t } = useTranslation('submit');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const methods = useForm<FormValues, unknown, z.output<typeof SubmissionFormSchema>>({
    defaultValues: initial,
    resolver: zodResolver(SubmissionFormSchema),
    // Checked when sending (a draft may be incomplete); after that, each value as it is corrected.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { watch, handleSubmit, getValues, setError, clearErrors } = methods;
  const [step, setStep] = useStep();
  const [attempted, setAttempted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const serverPaths = useRef<string[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);

  const autosave = useAutosave({
    input: () => toInput(getValues(), target),
    submissionId,
    onCreated,
  });

  useEffect(() => {
    const subscription = watch((_values, { name }) => {
      autosave.schedule();
      if (!name) return;
      // A problem the API named goes away once its value is edited.
      const touched = serverPaths.current.filter((p) => name.startsWith(p) || p.startsWith(name));
      if (touched.length) {
        clearErrors(touched as Name[]);
        serverPaths.current = serverPaths.current.filter((p) => !touched.includes(p));
      }
    });
    return () => subscription.unsubscribe();
  }, [watch, autosave.schedule, clearErrors]);

  const index = STEP_KEYS.indexOf(step);
  const last = index === STEP_KEYS.length - 1;
  /** Moves to a step, then the keyboard to its heading (or to a field with a problem). */
  const go = (next: StepKey, focusName?: string) => {
    setStep(next);
    window.setTimeout(() => (focusName ? focusField(focusName) : heading.current?.focus()), 50);
  };

  const send = async () => {
    setFailure(null);
    setSending(true);
    try {
      const id = await autosave.flush();
      await sendForReview(id);
      // The lists and this submission are now out of date: they load afresh.
      queryClient.removeQueries({ queryKey: ['submissions'] });
      queryClient.removeQueries({ queryKey: ['submission', id] });
      navigate(`/submissions?sent=${encodeURIComponent(id)}`);
    } catch (error) {
      const problems = problemsOf(error);
      for (const p of problems) {
        const name = p.path ? `record.${p.path}` : 'record';
        setError(name as Name, serverError(p));
      }
      serverPaths.current = problems.map((p) => (p.path ? `record.${p.path}` : 'record'));
      if (problems.length === 0) setFailure(error instanceof ApiError ? error.message : String(error));
      window.setTimeout(() => document.getElementById('problem-summary')?.focus(), 50);
    } finally {
      setSending(false);
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    setAttempted(true);
    void handleSubmit(send, () => window.setTimeout(() => document.getElementById('problem-summary')?.focus(), 50))(
      event,
    );
  };

  return (
    <FormProvider {...methods}>
      <SaveStatus ns="submit" state={autosave.state} onRetry={autosave.retry} />
      <p className="small muted">{t('label.help')}</p>
      <div className="submit-layout">
        <Stepper current={step} onGo={go} showProblems={attempted} />
        <form className="submit-form card" noValidate onSubmit={onSubmit} aria-labelledby="step-h">
          <p className="eyebrow">{t('stepOf', { n: index + 1, total: STEP_KEYS.length })}</p>
          <h2 id="step-h" ref={heading} tabIndex={-1}>
            {t(`stepTitles.${step}`)}
          </h2>
          <p className="muted">{t(`stepIntros.${step}`)}</p>
          {attempted && <ProblemSummary onGo={go} />}
          {failure && (
            <p className="form-alert" role="alert">
              {failure}
            </p>
          )}
          <StepFields step={step} context={context} />
          {last && <p className="send-intro">{t('sendIntro')}</p>}
          <div className="form-nav">
            {index > 0 && (
              <button type="button" className="btn btn--ghost" onClick={() => go(STEP_KEYS[index - 1] ?? step)}>
                {t('back')}
              </button>
            )}
            {last ? (
              <button type="submit" className="btn" disabled={sending}>
                {sending ? t('sending') : t('send')}
              </button>
            ) : (
              <button type="button" className="btn" onClick={() => go(STEP_KEYS[index + 1] ?? step)}>
                {t('next')}
              </button>
            )}
          </div>
        </form>
      </div>
    </FormProvider>
  );
}
