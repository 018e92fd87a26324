import { CATEGORIES, COUNTRIES, type DeploymentFilters, PROVINCES_BY_CODE, SECTORS, STAGES } from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { landscapeQuery, recommendationsQuery, statsQuery } from '../api/queries.ts';
import { filtersToParams, useUrlFilters } from '../app/filters.ts';
import { useLocale } from '../app/locale.ts';
import { formatDate } from '../i18n/index.ts';
import { HeatmapChart, MapChart, StatChart } from '../overview/charts.tsx';
import { KpiTiles } from '../overview/KpiTiles.tsx';
import { Sources } from '../ui/Sources.tsx';
import { ErrorState, LoadingState } from '../ui/states.tsx';

const TEXT = {
  en: {
    title: 'AI in the public sector — brief',
    scope: 'Scope',
    all: 'the whole catalogue',
    print: 'Print or save as PDF',
    back: 'Back to the overview',
    recs: 'Recommendations that matter most here',
    evidence: (n: number, of: number) => `evidence in ${n} of ${of} gap-assessed deployments`,
    sources: 'Sources',
    sourcesText:
      'Every figure counts deployments in the AILA catalogue, each with its public sources (see /about). Frameworks: UNDP / IPS AI Landscape Assessment; Law on AI No. 134/2025/QH15; National AI Ethics Framework (Circular 05/2026/TT-BKHCN).',
    generated: 'Generated',
  },
  vi: {
    title: 'AI trong khu vực công — bản tóm tắt',
    scope: 'Phạm vi',
    all: 'toàn bộ danh mục',
    print: 'In hoặc lưu PDF',
    back: 'Về trang tổng quan',
    recs: 'Các khuyến nghị ưu tiên trong phạm vi này',
    evidence: (n: number, of: number) => `có bằng chứng ở ${n} trên ${of} hệ thống đã đánh giá khoảng trống`,
    sources: 'Nguồn',
    sourcesText:
      'Mọi số liệu đếm các hệ thống trong danh mục AILA, mỗi hệ thống đều có nguồn công khai (xem /about). Khung tham chiếu: Báo cáo đánh giá bức tranh AI của UNDP và IPS; Luật Trí tuệ nhân tạo số 134/2025/QH15; Khung đạo đức AI quốc gia (Thông tư 05/2026/TT-BKHCN).',
    generated: 'Lập ngày',
  },
} as const;

function describeScope(
  filters: DeploymentFilters,
  label: (l: { en: string; vi: string } | undefined) => string,
): string[] {
  const parts: string[] = [];
  for (const c of filters.country ?? []) parts.push(label(COUNTRIES[c]));
  for (const s of filters.sector ?? []) parts.push(label(SECTORS[s]));
  for (const p of filters.province ?? [])
    parts.push(
      p === 'national'
        ? label({ en: 'National systems', vi: 'Hệ thống toàn quốc' })
        : label(PROVINCES_BY_CODE.get(p)?.name),
    );
  for (const c of filters.category ?? []) parts.push(label(CATEGORIES[c]));
  for (const s of filters.stage ?? []) parts.push(label(STAGES[s]));
  return parts;
}

/** The current scope laid out as an A4 brief: tiles, key charts, top recommendations, sources, date. */
export function BriefPage() {
  const { label, locale } = useLocale();
  const text = TEXT[locale];
  const { filters } = useUrlFilters();
  const stats = useQuery(statsQuery(filters));
  const recs = useQuery(recommendationsQuery(filters));
  const landscape = useQuery(landscapeQuery());
  if (stats.isPending || recs.isPending) return <LoadingState />;
  if (stats.isError) return <ErrorState error={stats.error} />;
  if (recs.isError) return <ErrorState error={recs.error} />;
  const scope = describeScope(filters, label);
  const query = filtersToParams(filters).toString();
  return (
    <article className="brief">
      <div className="brief__tools no-print">
        <Link to={`/${query ? `?${query}` : ''}`}>{text.back}</Link>
        <button type="button" className="btn" onClick={() => window.print()}>
          {text.print}
        </button>
      </div>
      <header className="brief__head">
        <h1>{text.title}</h1>
        <p>
          <strong>{text.scope}:</strong> {scope.length ? scope.join(' · ') : text.all} · {text.generated}{' '}
          {formatDate(new Date().toISOString(), locale)}
        </p>
      </header>
      <KpiTiles stats={stats.data} />
      <div className="brief__charts">
        <StatChart field="category" stats={stats.data} filters={filters} />
        <MapChart stats={stats.data} filters={filters} />
        <HeatmapChart stats={stats.data} filters={filters} />
      </div>
      <section className="brief__recs" aria-labelledby="brief-recs">
        <h2 id="brief-recs">{text.recs}</h2>
        <ol>
          {recs.data.items.slice(0, 3).map((r) => (
            <li key={r.id}>
              <strong>{label(r.title)}</strong>
              <div className="small muted">{text.evidence(r.priority.evidenceCount, r.priority.assessedCount)}</div>
            </li>
          ))}
        </ol>
      </section>
      <section className="brief__sources" aria-labelledby="brief-sources">
        <h2 id="brief-sources">{text.sources}</h2>
        <p className="small">{text.sourcesText}</p>
        {landscape.data && <Sources sources={landscape.data.recommendations[0]?.sources ?? []} compact />}
      </section>
    </article>
  );
}
