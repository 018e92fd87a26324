import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { deploymentQuery } from '../api/queries.ts';
import { reportProblem } from '../api/writes.ts';
import { SubmitRow, TextAreaField } from '../ui/controls.tsx';

const MIN_LENGTH = 10;

/** A short form for anyone to report a problem with a record; reviewers see it in their queue. */
export function ReportProblem({ deploymentId }: { deploymentId: string }) {
  const { t } = useTranslation('record');
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const [contact, setContact] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const report = useMutation({
    mutationFn: () => reportProblem(deploymentId, message.trim(), contact.trim()),
    // The record now has one more open report: shown at once, without asking the server again.
    onSuccess: () =>
      queryClient.setQueryData(deploymentQuery(deploymentId).queryKey, (d) =>
        d ? { ...d, openFlags: d.openFlags + 1 } : d,
      ),
  });
  const failure = (error: unknown) => {
    if (error instanceof ApiError && error.status === 429)
      return t('report.tooMany', { count: Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)) });
    if (error instanceof ApiError && error.status === 400) return t('report.tooShort');
    return t('report.failed');
  };

  if (report.isSuccess)
    return (
      <p className="notice notice--ok" role="status" data-testid="report-thanks">
        {t('report.thanks')}
      </p>
    );
  return (
    <details className="report">
      <summary>{t('report.title')}</summary>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const short = message.trim().length < MIN_LENGTH;
          setTooShort(short);
          if (!short) report.mutate();
        }}
      >
        <p className="small muted">{t('report.lead')}</p>
        <TextAreaField
          id="report-message"
          label={t('report.message')}
          help={t('report.messageHelp')}
          error={tooShort ? t('report.tooShort') : null}
          value={message}
          onChange={setMessage}
          maxLength={2000}
        />
        <div className="form-field">
          <label htmlFor="report-contact">{t('report.contact')}</label>
          <input
            id="report-contact"
            type="text"
            maxLength={200}
            autoComplete="email"
            value={contact}
            onChange={(e) => setContact(e.target.value)}
          />
        </div>
        <SubmitRow
          error={report.error ? failure(report.error) : null}
          busy={report.isPending}
          label={t('report.send')}
          busyLabel={t('report.sending')}
        />
      </form>
    </details>
  );
}
