import {
  catalogue,
  catalogueVersion,
  type Db,
  deploymentJsonByRowid,
  exportRowsByRowid,
  type ScopeOptions,
} from '@aila/db';
import { type DeploymentFilters, EXPORT_COLUMNS, EXPORT_PATHS, type Locale, type Sort } from '@aila/domain';
import { stringify } from 'csv-stringify/sync';

const BATCH = 200;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula:
 * such text is written with a leading apostrophe, which spreadsheets show as plain text.
 */
export function neutralised(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
export const LICENCE = 'CC BY 4.0 — cite AILA and each record’s sources';

export interface ExportRequest {
  filters: DeploymentFilters;
  scope: ScopeOptions;
  format: 'csv' | 'json';
  locale: Locale;
  sort: Sort;
  /** Query string of the filters as requested, for the header comment. */
  query: string;
  now: Date;
  /** The public address of the dashboard (configuration, never the request's Host header). */
  baseUrl: string;
}

/** What an export says about itself: in the JSON's `meta`, and in the response headers of a CSV. */
export function exportMeta(db: Db, request: ExportRequest) {
  return {
    source: 'AILA — open catalogue of AI in the public sector',
    url: `${request.baseUrl}/explore${request.query ? `?${request.query}` : ''}`,
    filters: request.query || '(none)',
    generatedAt: request.now.toISOString(),
    catalogueVersion: catalogueVersion(db),
    licence: LICENCE,
  };
}

/**
 * A pull-driven stream of the export: rows are read in batches, so memory stays flat. The CSV is
 * a BOM, one header row and the rows — nothing above the header, so Excel, pandas and R read it
 * with their default settings; its provenance travels in the response headers.
 */
export function exportStream(db: Db, request: ExportRequest): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rowids = catalogue(db).matchingRowids(
    request.filters,
    { ...request.scope, now: request.now },
    request.sort,
    request.locale,
  );
  const meta = exportMeta(db, request);
  let started = false;
  let first = true;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!started) {
        started = true;
        if (request.format === 'csv') {
          const header = stringify([EXPORT_COLUMNS.map((c) => c.header[request.locale])]);
          controller.enqueue(encoder.encode(`\uFEFF${header}`));
        } else {
          controller.enqueue(encoder.encode(`{"meta":${JSON.stringify(meta)},"items":[`));
        }
        return;
      }
      const batch: number[] = [];
      for (let r = rowids.next(); !r.done; r = rowids.next()) {
        batch.push(r.value);
        if (batch.length === BATCH) break;
      }
      if (batch.length === 0) {
        if (request.format === 'json') controller.enqueue(encoder.encode(']}'));
        controller.close();
        return;
      }
      if (request.format === 'csv') {
        const rows = exportRowsByRowid(db, batch, EXPORT_PATHS, request.now).map((d) =>
          EXPORT_COLUMNS.map((c) => neutralised(c.value(d, request.locale) ?? '')),
        );
        controller.enqueue(encoder.encode(stringify(rows)));
      } else {
        const json = deploymentJsonByRowid(db, batch);
        if (!first) controller.enqueue(encoder.encode(','));
        controller.enqueue(json);
        first = false;
      }
    },
  });
}
