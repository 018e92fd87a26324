import {
  catalogueIndex,
  type Db,
  deploymentJsonByRowid,
  type FlatDeployment,
  flatDeploymentsByRowid,
  type ScopeOptions,
} from '@aila/db';
import {
  AGENCY_LEVELS,
  AI_KINDS,
  BUILDERS,
  CATEGORIES,
  COUNTRIES,
  type DeploymentFilters,
  FUNDING_SOURCES,
  INTENDED_USERS,
  type Label,
  type Locale,
  PROVENANCE_KINDS,
  PROVINCES_BY_CODE,
  RISK_TIERS,
  SECTORS,
  type Sort,
  STAGES,
  TECHNIQUES,
  TRI_STATE,
} from '@aila/domain';
import { stringify } from 'csv-stringify/sync';

const BATCH = 200;
export const LICENCE = 'CC BY 4.0 — cite AILA and each record’s sources';
/** Joins multi-valued cells; the separator never occurs inside a taxonomy label. */
export const JOIN = '; ';

type Column = { header: Label; value: (d: FlatDeployment, locale: Locale) => string | number | null };
const l = (labels: Readonly<Record<string, Label>>, code: string, locale: Locale) => labels[code]?.[locale] ?? code;
/** Relabels a joined list of codes in the chosen language. */
const list = (labels: Readonly<Record<string, Label>>, joined: string | null, locale: Locale) =>
  joined
    ? joined
        .split(JOIN)
        .map((code) => l(labels, code, locale))
        .join(JOIN)
    : '';

/** The CSV columns, with headers in both languages; multi-valued fields joined with "; ". */
export const CSV_COLUMNS: Column[] = [
  { header: { en: 'id', vi: 'mã' }, value: (d) => d.id },
  { header: { en: 'title', vi: 'tên' }, value: (d, lc) => (lc === 'vi' ? d.title_vi : d.title_en) },
  { header: { en: 'summary', vi: 'tóm tắt' }, value: (d, lc) => (lc === 'vi' ? d.summary_vi : d.summary_en) },
  { header: { en: 'agency', vi: 'cơ quan' }, value: (d, lc) => (lc === 'vi' ? d.agency_vi : d.agency_en) },
  { header: { en: 'agency level', vi: 'cấp cơ quan' }, value: (d, lc) => l(AGENCY_LEVELS, d.agency_level, lc) },
  { header: { en: 'country', vi: 'quốc gia' }, value: (d, lc) => l(COUNTRIES, d.country, lc) },
  {
    header: { en: 'province', vi: 'tỉnh, thành' },
    value: (d, lc) => (d.province_code ? (PROVINCES_BY_CODE.get(d.province_code)?.name[lc] ?? d.province_code) : ''),
  },
  { header: { en: 'province code', vi: 'mã tỉnh' }, value: (d) => d.province_code },
  { header: { en: 'place named in source', vi: 'địa danh theo nguồn' }, value: (d) => d.original_place },
  { header: { en: 'sector', vi: 'lĩnh vực' }, value: (d, lc) => l(SECTORS, d.sector, lc) },
  { header: { en: 'other sectors', vi: 'lĩnh vực khác' }, value: (d, lc) => list(SECTORS, d.secondary_sectors, lc) },
  { header: { en: 'application', vi: 'loại ứng dụng' }, value: (d, lc) => l(CATEGORIES, d.category, lc) },
  { header: { en: 'AI techniques', vi: 'kỹ thuật AI' }, value: (d, lc) => list(TECHNIQUES, d.techniques, lc) },
  { header: { en: 'stage', vi: 'giai đoạn' }, value: (d, lc) => l(STAGES, d.stage, lc) },
  { header: { en: 'year started', vi: 'năm bắt đầu' }, value: (d) => d.year_started },
  { header: { en: 'built by', vi: 'đơn vị phát triển' }, value: (d, lc) => l(BUILDERS, d.builder, lc) },
  { header: { en: 'vendor', vi: 'nhà cung cấp' }, value: (d) => d.vendor },
  { header: { en: 'public or private AI', vi: 'AI công hay AI riêng' }, value: (d, lc) => l(AI_KINDS, d.ai_kind, lc) },
  { header: { en: 'intended users', vi: 'người sử dụng' }, value: (d, lc) => list(INTENDED_USERS, d.users, lc) },
  { header: { en: 'funding', vi: 'nguồn kinh phí' }, value: (d, lc) => l(FUNDING_SOURCES, d.funding_source, lc) },
  { header: { en: 'personal data', vi: 'dữ liệu cá nhân' }, value: (d, lc) => l(TRI_STATE, d.personal_data, lc) },
  {
    header: { en: 'biometric data', vi: 'dữ liệu sinh trắc học' },
    value: (d, lc) => l(TRI_STATE, d.biometric_data, lc),
  },
  { header: { en: 'risk tier', vi: 'mức rủi ro' }, value: (d, lc) => l(RISK_TIERS, d.risk_tier, lc) },
  { header: { en: 'impact assessment', vi: 'đánh giá tác động' }, value: (d) => d.impact_assessment_url },
  {
    header: { en: 'gaps assessed', vi: 'đã đánh giá khoảng trống' },
    value: (d, lc) => l(TRI_STATE, d.gaps_assessed ? 'yes' : 'no', lc),
  },
  { header: { en: 'gaps (issue:severity)', vi: 'khoảng trống (vấn đề:mức độ)' }, value: (d) => d.gaps },
  { header: { en: 'source URLs', vi: 'đường dẫn nguồn' }, value: (d) => d.source_urls },
  { header: { en: 'origin', vi: 'xuất xứ' }, value: (d, lc) => l(PROVENANCE_KINDS, d.provenance, lc) },
  { header: { en: 'revision', vi: 'phiên bản' }, value: (d) => d.revision },
  { header: { en: 'updated', vi: 'cập nhật' }, value: (d) => d.updated_at },
];

export interface ExportRequest {
  filters: DeploymentFilters;
  scope: ScopeOptions;
  format: 'csv' | 'json';
  locale: Locale;
  sort: Sort;
  /** Query string of the filters as requested, for the header comment. */
  query: string;
  now: Date;
  baseUrl: string;
}

/** A pull-driven stream of the export: rows are read in batches, so memory stays flat. */
export function exportStream(db: Db, request: ExportRequest): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rowids = catalogueIndex(db).matchingRowids(request.filters, request.scope, request.sort, request.locale);
  const meta = {
    source: 'AILA — open catalogue of AI in the public sector',
    url: `${request.baseUrl}/explore${request.query ? `?${request.query}` : ''}`,
    filters: request.query || '(none)',
    generatedAt: request.now.toISOString(),
    licence: LICENCE,
  };
  let started = false;
  let first = true;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!started) {
        started = true;
        if (request.format === 'csv') {
          const comment = `# ${meta.source} · filters: ${meta.filters} · generated ${meta.generatedAt} · licence ${meta.licence} · ${meta.url}\n`;
          const header = stringify([CSV_COLUMNS.map((c) => c.header[request.locale])]);
          controller.enqueue(encoder.encode(`\uFEFF${comment}${header}`));
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
        const rows = flatDeploymentsByRowid(db, batch, JOIN).map((d) =>
          CSV_COLUMNS.map((c) => c.value(d, request.locale) ?? ''),
        );
        controller.enqueue(encoder.encode(stringify(rows)));
      } else {
        const json = deploymentJsonByRowid(db, batch).join(',');
        controller.enqueue(encoder.encode(`${first ? '' : ','}${json}`));
        first = false;
      }
    },
  });
}
