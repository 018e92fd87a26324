import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status" aria-live="polite">
      <div className="skeleton skeleton--tiles" />
      <div className="skeleton skeleton--chart" />
      <span className="visually-hidden">{t('state.loading')}</span>
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const detail = error instanceof ApiError ? error.message : null;
  return (
    <div className="error-state" role="alert">
      <p>{t('state.error')}</p>
      {detail && <p className="muted small">{detail}</p>}
      {onRetry && (
        <button type="button" className="btn" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

/** What a page needs of a query (TanStack Query's result, or several combined with `allOf`). */
export interface QueryLike<T> {
  data: T | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** Several queries as one: pending while any is, failed when any failed, the data of all. */
export function allOf<A, B>(a: QueryLike<A>, b: QueryLike<B>): QueryLike<[A, B]> {
  return {
    data: a.data !== undefined && b.data !== undefined ? [a.data, b.data] : undefined,
    isPending: a.isPending || b.isPending,
    isError: a.isError || b.isError,
    error: a.error ?? b.error,
    refetch: () => Promise.all([a.refetch(), b.refetch()]),
  };
}

interface QueryViewProps<T> {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
  /** Shown while loading instead of the generic skeleton. */
  loading?: ReactNode;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  /** Shown when the API answers 404. */
  notFound?: ReactNode;
}

/** The one loading / error / empty pattern: a skeleton, an error with a retry, a note, or the data. */
export function QueryView<T>({ query, children, loading, isEmpty, empty, notFound }: QueryViewProps<T>) {
  if (query.isError) {
    if (notFound && query.error instanceof ApiError && query.error.status === 404) return <>{notFound}</>;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (query.data === undefined) return <>{loading ?? <LoadingState />}</>;
  if (isEmpty?.(query.data)) return <div className="empty card">{empty}</div>;
  return <>{children(query.data)}</>;
}

/** The tab's title: the page's own, then the product's name. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} · AILA`;
  }, [title]);
}

interface PageProps {
  title: ReactNode;
  /** The tab's title, when the title is not plain text. */
  docTitle?: string;
  lead?: ReactNode;
  /** Above the title: a breadcrumb, the brief's tools. */
  before?: ReactNode;
  /** Above the title, inside the header: a category line. */
  eyebrow?: ReactNode;
  /** Under the lead, inside the header: badges. */
  meta?: ReactNode;
  /** The printable brief is laid out as an A4 sheet. */
  variant?: 'page' | 'brief';
  as?: 'div' | 'article';
  className?: string;
  children?: ReactNode;
}

/** The frame of every page: its title, lead and content. */
export function Page({
  title,
  docTitle,
  lead,
  before,
  eyebrow,
  meta,
  variant = 'page',
  as,
  className,
  children,
}: PageProps) {
  useDocumentTitle(docTitle ?? (typeof title === 'string' ? title : undefined));
  const Element = as ?? (variant === 'brief' ? 'article' : 'div');
  return (
    <Element className={[variant, className].filter(Boolean).join(' ')}>
      {before}
      <header className={variant === 'brief' ? 'brief__head' : 'page-head'}>
        {eyebrow && <p className="eyebrow">{eyebrow}</p>}
        <h1>{title}</h1>
        {lead && <p className="lead">{lead}</p>}
        {meta}
      </header>
      {children}
    </Element>
  );
}
