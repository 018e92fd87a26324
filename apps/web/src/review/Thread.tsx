import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionDetail } from '../api/client.ts';
import { useLocale } from '../app/locale.ts';

type Comment = SubmissionDetail['comments'][number];
const ACTIONS = ['comment', 'request_changes', 'reject', 'approve'] as const;
const actionOf = (a: string) => ACTIONS.find((x) => x === a) ?? 'comment';

/** A submission's comments, oldest first; with `onAdd`, a box to add one. */
export function Thread({
  comments,
  onAdd,
  busy = false,
  heading: Heading = 'h2',
}: {
  comments: readonly Comment[];
  onAdd?: (comment: string) => Promise<unknown>;
  busy?: boolean;
  heading?: 'h2' | 'h3';
}) {
  const { t } = useTranslation('review');
  const { date } = useLocale();
  const [text, setText] = useState('');
  const id = useId();
  return (
    <section className="thread" aria-labelledby={`${id}-h`}>
      <Heading id={`${id}-h`}>{t('thread.title')}</Heading>
      {comments.length === 0 ? (
        <p className="muted">{t('thread.empty')}</p>
      ) : (
        <ol className="thread__list">
          {comments.map((c) => (
            <li key={c.id} className={`comment comment--${actionOf(c.action)}`}>
              <p className="comment__meta small muted">
                <strong>{c.author}</strong> {t(`thread.actions.${actionOf(c.action)}`)} · {date(c.createdAt)}
              </p>
              <p className="comment__body">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {onAdd && (
        <form
          className="thread__add"
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) void onAdd(text.trim()).then(() => setText(''));
          }}
        >
          <label htmlFor={`${id}-comment`}>{t('thread.add')}</label>
          <textarea id={`${id}-comment`} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
          <button type="submit" className="btn btn--ghost btn--small" disabled={busy || !text.trim()}>
            {t('thread.post')}
          </button>
        </form>
      )}
    </section>
  );
}
