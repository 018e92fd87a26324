import { type FieldKey, type Label, valueLabel } from '@aila/domain';
import { useCallback } from 'react';
import { useLabel } from './locale.ts';

/** Fields whose codes follow an order of their own (a lifecycle): shown in that order, not by name. */
export const ORDINAL_FIELDS: ReadonlySet<FieldKey> = new Set(['stage', 'indicativeTier']);

/**
 * The name of one value of a field in the reader's language: from the registry, or for agencies
 * from the given names (the API's agency list); the code itself when neither knows it.
 */
export function useValueLabel(agencies?: ReadonlyMap<string, Label>) {
  const label = useLabel();
  return useCallback(
    (key: FieldKey, code: string) => label(valueLabel(key, code) ?? agencies?.get(code)) || code,
    [label, agencies],
  );
}
