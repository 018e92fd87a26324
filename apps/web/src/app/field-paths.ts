import { FIELD_LIST, type FieldKey } from '@aila/domain';

/** Registry fields by path, longest first: a value's field is the one whose path begins its own. */
const BY_PATH = FIELD_LIST.filter((f) => f.path)
  .map((f) => ({ key: f.key as FieldKey, path: f.path as string }))
  .sort((a, b) => b.path.length - a.path.length);

/** The registry field a record path belongs to (`gaps.0.source` → `gap`). */
export function fieldOfPath(path: string): FieldKey | null {
  return BY_PATH.find((f) => path === f.path || path.startsWith(`${f.path}.`))?.key ?? null;
}
