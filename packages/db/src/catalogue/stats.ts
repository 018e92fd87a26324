import { OUTSIDE_VIETNAM, SIGNIFICANT_SEVERITY, type Stats } from '@aila/domain';
import { type CatalogueStore, type CodeColumn, GAP_DIMS, ISSUE_DIM, ISSUES, PRINCIPLES, STATUSES } from './build.ts';

const FIRST_YEAR = 1990;
const YEARS = 111;

export interface RecommendationRef {
  id: string;
  addresses: readonly string[];
}

/** Every aggregate the overview needs over the matched slots; recommendations feed the gap flows. */
export function computeStats(
  store: CatalogueStore,
  matched: Uint8Array,
  total: number,
  recommendations: readonly RecommendationRef[],
): Stats {
  const col = (key: string) => store.single[key] as CodeColumn;
  const tallied = [
    'category',
    'sector',
    'stage',
    'province',
    'riskTier',
    'indicativeTier',
    'aiKind',
    'builder',
    'agency',
  ] as const;
  const tallies = Object.fromEntries(tallied.map((k) => [k, new Int32Array(col(k).codes.length)])) as Record<
    (typeof tallied)[number],
    Int32Array
  >;
  const category = col('category');
  const categories = category.codes.length;
  const heatAssessed = new Int32Array(categories);
  const heat = GAP_DIMS.map(() => new Int32Array(categories));
  const ethics = PRINCIPLES.map(() => new Int32Array(STATUSES.length));
  // Per recommendation and dimension: the addressed issues of that dimension.
  const addressed = recommendations.map((r) =>
    GAP_DIMS.map((_, d) =>
      ISSUES.flatMap((issue, k) => (ISSUE_DIM[k] === d && r.addresses.includes(issue) ? [k] : [])),
    ),
  );
  const flows = recommendations.map(() => new Int32Array(GAP_DIMS.length));
  const byYear = new Int32Array(YEARS * categories);
  const year = store.years.yearStarted?.data;
  const stage = col('stage');
  const risk = col('riskTier');
  const assessedCol = col('assessed');
  const impactCol = col('impactAssessment');
  const at = (c: CodeColumn, code: string) => c.lookup.get(code) ?? -1;
  const [production, stageUnknown, high, unclassified, yes] = [
    at(stage, 'production'),
    at(stage, 'unknown'),
    at(risk, 'high'),
    at(risk, 'unclassified'),
    at(assessedCol, 'yes'),
  ];
  const impactYes = at(impactCol, 'yes');
  let assessed = 0;
  let inProduction = 0;
  let stageKnown = 0;
  let highRisk = 0;
  let riskKnown = 0;
  let impact = 0;
  const inc = (arr: Int32Array, v: number) => {
    arr[v] = (arr[v] ?? 0) + 1;
  };
  const talliedData = tallied.map((k) => col(k).data);
  const talliedCounts = tallied.map((k) => tallies[k]);
  const gapMax = store.gapMax;
  const significant = (i: number) => {
    for (const max of gapMax) if ((max[i] as number) >= SIGNIFICANT_SEVERITY) return true;
    return false;
  };
  for (let i = 0; i < store.size; i++) {
    if (matched[i] !== 1) continue;
    for (let t = 0; t < talliedData.length; t++)
      inc(talliedCounts[t] as Int32Array, (talliedData[t] as Uint16Array)[i] as number);
    const c = category.data[i] as number;
    const s = stage.data[i] as number;
    const r = risk.data[i] as number;
    if (assessedCol.data[i] === yes) {
      assessed += 1;
      inc(heatAssessed, c);
      for (let d = 0; d < GAP_DIMS.length; d++)
        if (((store.gapMax[d] as Uint8Array)[i] as number) >= SIGNIFICANT_SEVERITY) inc(heat[d] as Int32Array, c);
    }
    for (let p = 0; p < PRINCIPLES.length; p++)
      inc(ethics[p] as Int32Array, (store.ethics[p] as Uint8Array)[i] as number);
    if (s === production) inProduction += 1;
    if (s !== stageUnknown) stageKnown += 1;
    if (r === high) highRisk += 1;
    if (r !== unclassified) riskKnown += 1;
    if (impactCol.data[i] === impactYes) impact += 1;
    const y = year?.[i] ?? -1;
    if (y >= FIRST_YEAR && y < FIRST_YEAR + YEARS) inc(byYear, (y - FIRST_YEAR) * categories + c);
    if (!significant(i)) continue;
    for (let k = 0; k < addressed.length; k++) {
      const dims = addressed[k] as number[][];
      for (let d = 0; d < dims.length; d++) {
        if (((gapMax[d] as Uint8Array)[i] as number) < SIGNIFICANT_SEVERITY) continue;
        for (const issue of dims[d] as number[])
          if (((store.gapSeverity[issue] as Uint8Array)[i] as number) > SIGNIFICANT_SEVERITY) {
            inc(flows[k] as Int32Array, d);
            break;
          }
      }
    }
  }
  const list = (key: (typeof tallied)[number], skip?: string) =>
    [...tallies[key]]
      .map((count, v) => ({ key: col(key).codes[v] ?? String(v), count }))
      .filter((x) => x.count > 0 && x.key !== skip)
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const byProvince = list('province', 'national').filter((p) => p.key !== OUTSIDE_VIETNAM);
  const statusCount = (counts: Int32Array, status: string) => counts[STATUSES.indexOf(status as never)] ?? 0;
  return {
    total,
    agencies: list('agency').length,
    provinces: byProvince.length,
    national: tallies.province[col('province').lookup.get('national') ?? -1] ?? 0,
    assessed,
    production: { count: inProduction, known: stageKnown },
    highRisk: { count: highRisk, known: riskKnown },
    impactAssessment: { count: impact, known: total },
    byCategory: list('category'),
    bySector: list('sector'),
    byStage: list('stage'),
    byProvince,
    byRiskTier: list('riskTier'),
    byIndicativeTier: list('indicativeTier'),
    byAiKind: list('aiKind'),
    byBuilder: list('builder'),
    gapHeatmap: category.codes
      .map((code, c) => ({
        category: code,
        assessed: heatAssessed[c] ?? 0,
        cells: GAP_DIMS.map((dimension, d) => ({ dimension, count: (heat[d] as Int32Array)[c] ?? 0 })),
      }))
      .filter((row) => row.assessed > 0),
    ethics: PRINCIPLES.map((principle, p) => {
      const counts = ethics[p] as Int32Array;
      return {
        principle,
        met: statusCount(counts, 'met'),
        partial: statusCount(counts, 'partial'),
        notMet: statusCount(counts, 'not_met'),
        unknown: statusCount(counts, 'unknown'),
      };
    }),
    gapFlows: recommendations.flatMap((r, k) =>
      GAP_DIMS.map((dimension, d) => ({
        dimension,
        recommendation: r.id,
        weight: (flows[k] as Int32Array)[d] ?? 0,
      })).filter((f) => f.weight > 0),
    ),
    byYear: [...byYear]
      .map((count, k) => ({
        year: FIRST_YEAR + Math.floor(k / categories),
        category: category.codes[k % categories] ?? '',
        count,
      }))
      .filter((y) => y.count > 0)
      .sort((a, b) => a.year - b.year || a.category.localeCompare(b.category)),
  };
}
