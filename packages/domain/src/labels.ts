export type Locale = 'en' | 'vi';
export const LOCALES = ['en', 'vi'] as const;

/** A text in both of the product's languages. */
export interface Label {
  en: string;
  vi: string;
}

export type Taxonomy<Code extends string> = Readonly<Record<Code, Label>>;

export function codesOf<Code extends string>(taxonomy: Readonly<Record<Code, unknown>>): [Code, ...Code[]] {
  const codes = Object.keys(taxonomy) as Code[];
  if (codes.length === 0) throw new Error('empty taxonomy');
  return codes as [Code, ...Code[]];
}

export function labelOf(label: Label, locale: Locale): string {
  return label[locale];
}
