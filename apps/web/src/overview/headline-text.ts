import {
  type DeploymentFilters,
  type Drill,
  GAP_DIMENSIONS,
  type GapDimension,
  type Headline,
  isSmallBase,
  type Label,
  valueLabel,
} from '@aila/domain';
import type { TFunction } from 'i18next';
import { exploreHref, toSearch } from '../app/url-state.ts';

/** What the sentences need from the page: its strings, formats, and the recommendations' titles. */
export interface SentenceContext {
  t: TFunction<'common'>;
  label: (label: Label | null | undefined) => string;
  fmt: (n: number) => string;
  pct: (share: number) => string;
  /** "a, b and c" in the reader's language. */
  list: (items: readonly string[]) => string;
  recommendationTitle: (id: string) => Label | undefined;
}

export interface Sentence {
  kind: Headline['kind'];
  text: string;
  /** The chart or explorer view behind the sentence. */
  href: string;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);

/** The headlines of a scope as sentences in the reader's language, each with the view behind it. */
export function sentences(list: readonly Headline[], filters: DeploymentFilters, c: SentenceContext): Sentence[] {
  const drill = (d: Drill) => exploreHref({ ...filters, [d.key]: d.values });
  const small = (base: number) => (isSmallBase(base) ? ` ${c.t('headlines.small')}` : '');
  /** The leading value(s) of a field, named (all of them when tied), with the sentence's other numbers. */
  const leaders = (
    h: Extract<Headline, { codes: string[] }>,
    field: 'category' | 'province',
    numbers: Record<string, string>,
  ): Sentence => {
    const key = h.kind === 'application' ? 'application' : 'province';
    const names = c.list(h.codes.map((code) => c.label(valueLabel(field, code)) || code));
    return {
      kind: h.kind,
      text: c.t(h.codes.length > 1 ? `headlines.${key}Tied` : `headlines.${key}`, {
        names,
        count: c.fmt(h.count),
        ...numbers,
      }),
      href: drill(h.drill),
    };
  };
  const sentence = (h: Headline): Sentence => {
    switch (h.kind) {
      case 'application':
        return leaders(h, 'category', { total: c.fmt(h.total), share: c.pct(h.count / h.total) });
      case 'province':
        return leaders(h, 'province', { located: c.fmt(h.located), national: c.fmt(h.national) });
      case 'production':
        return {
          kind: h.kind,
          text:
            c.t('headlines.production', {
              share: c.pct(h.count / h.known),
              count: c.fmt(h.count),
              known: c.fmt(h.known),
            }) + small(h.known),
          href: drill(h.drill),
        };
      case 'gap':
        return {
          kind: h.kind,
          text:
            c.t(h.count === 0 ? 'headlines.gapNone' : 'headlines.gap', {
              names: c.list(h.dimensions.map((d) => lowerFirst(c.label(GAP_DIMENSIONS[d as GapDimension]?.label)))),
              count: c.fmt(h.count),
              assessed: c.fmt(h.assessed),
              total: c.fmt(h.total),
              share: c.pct(h.count / h.assessed),
            }) + small(h.assessed),
          href: drill(h.drill),
        };
      case 'recommendation': {
        const tied = h.tied.length
          ? ` ${c.t('headlines.tied', { count: h.tied.length, numbers: c.list(h.tied.map(String)) })}`
          : '';
        return {
          kind: h.kind,
          text:
            c.t('headlines.recommendation', {
              number: h.number,
              title: c.label(c.recommendationTitle(h.id)),
              evidence: c.fmt(h.evidence),
              assessed: c.fmt(h.assessed),
            }) +
            tied +
            small(h.assessed),
          href: `/recommendations${toSearch({ filters })}#rec-${h.number}`,
        };
      }
    }
  };
  return list.map(sentence);
}
