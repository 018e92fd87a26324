import {
  AGENCY_LEVELS,
  type Agency,
  codesOf,
  DeploymentInputSchema,
  type DeploymentRecord,
  ETHICS_PRINCIPLES,
  ETHICS_STATUSES,
  FIELD_LIST,
  FUNDING_SOURCES,
  fieldCodes,
  GAP_ISSUES,
  type GapIssueCode,
  PROVINCES,
  RISK_TIERS,
} from '@aila/domain';

/** A small seeded generator (mulberry32): the same seed always gives the same catalogue. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  ['assistant for officials', 'trợ lý ảo cho cán bộ'],
  ['citizen chatbot', 'chatbot hỗ trợ người dân'],
  ['traffic camera analytics', 'phân tích camera giao thông'],
  ['document recognition', 'nhận dạng văn bản'],
  ['risk scoring', 'chấm điểm rủi ro'],
  ['flood forecasting', 'dự báo lũ'],
  ['face verification', 'xác thực khuôn mặt'],
  ['call-centre voicebot', 'tổng đài trả lời tự động'],
] as const;

/** Synthetic agencies and deployments for benchmarks; every record is flagged synthetic. */
export function* syntheticCatalogue(
  rows: number,
  seed = 42,
): Generator<{ kind: 'agency'; agency: Agency } | { kind: 'deployment'; record: DeploymentRecord }> {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const some = <T>(list: readonly T[], max: number): T[] => {
    const n = Math.floor(random() * (max + 1));
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  const agencyCount = Math.max(1, Math.min(2000, Math.ceil(rows / 50)));
  const levels = codesOf(AGENCY_LEVELS);
  for (let i = 0; i < agencyCount; i++) {
    const province = random() < 0.3 ? null : pick(PROVINCES);
    yield {
      kind: 'agency',
      agency: {
        id: `synthetic-agency-${i}`,
        name: {
          en: `Synthetic agency ${i}${province ? ` (${province.name.en})` : ''}`,
          vi: `Cơ quan giả lập ${i}${province ? ` (${province.name.vi})` : ''}`,
        },
        level: pick(levels),
        parentId: null,
        country: 'VN',
        provinceCode: province?.code ?? null,
        website: null,
      },
    };
  }
  const issues = Object.keys(GAP_ISSUES) as GapIssueCode[];
  // Every plain coded field of the registry gets a random value: a new field is synthesised too.
  const plainCoded = FIELD_LIST.filter(
    (f) => f.plain && f.path && (f.kind === 'code' || f.kind === 'codes' || f.kind === 'tri') && f.key !== 'country',
  );
  for (let i = 0; i < rows; i++) {
    const agencyIndex = Math.floor(random() * agencyCount);
    const [en, vi] = pick(SUBJECTS);
    const province = random() < 0.35 ? null : pick(PROVINCES);
    const assessed = random() < 0.4;
    const gaps = assessed
      ? some(issues, 3).map((issue) => ({
          dimension: issue.split('.')[0] as DeploymentRecord['gaps'][number]['dimension'],
          issue,
          severity: Math.floor(random() * 4) as 0 | 1 | 2 | 3,
          source: `https://example.org/synthetic/${i}/gap`,
        }))
      : [];
    const ethics = Object.fromEntries(
      some(codesOf(ETHICS_PRINCIPLES), 4).map((p) => [p, { status: pick(codesOf(ETHICS_STATUSES)) }]),
    );
    yield {
      kind: 'deployment',
      record: DeploymentInputSchema.parse({
        id: `synthetic-${i}`,
        title: {
          en: `Synthetic ${en} ${i}${province ? ` in ${province.name.en}` : ''}`,
          vi: `${vi} giả lập ${i}${province ? ` tại ${province.name.vi}` : ''}`,
        },
        summary: {
          en: `Synthetic record for load testing: a ${en} used by a public body. Not a real system.`,
          vi: `Bản ghi giả lập để kiểm thử tải: ${vi} của một cơ quan nhà nước. Không phải hệ thống thật.`,
        },
        agencyId: `synthetic-agency-${agencyIndex}`,
        country: 'VN',
        provinceCode: province?.code ?? null,
        ...Object.fromEntries(
          plainCoded.map((f) => {
            const codes = fieldCodes(f) ?? [];
            return [f.path, f.kind === 'codes' ? some(codes, 2) : pick(codes)];
          }),
        ),
        yearStarted: random() < 0.15 ? null : 2015 + Math.floor(random() * 12),
        funding: { source: pick(codesOf(FUNDING_SOURCES)), amount: null },
        risk: {
          tier: pick(codesOf(RISK_TIERS)),
          questionnaire: null,
          impactAssessmentUrl: random() < 0.05 ? `https://example.org/synthetic/${i}/impact` : null,
        },
        gapsAssessed: assessed,
        gaps,
        ethics,
        sources: [{ url: `https://example.org/synthetic/${i}`, publisher: 'Synthetic data generator' }],
        provenance: { kind: 'synthetic', importer: 'db:synth' },
      }),
    };
  }
}
