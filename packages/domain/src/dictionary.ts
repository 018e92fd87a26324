import { z } from 'zod';
import type { Label } from './labels.ts';
import { DeploymentInputSchema } from './schemas.ts';

/** What each field of a deployment record means, in both languages. */
export const FIELD_DOCS: Record<keyof typeof DeploymentInputSchema.shape, Label> = {
  id: {
    en: 'Stable identifier of the record; part of its URL.',
    vi: 'Mã định danh ổn định của bản ghi; là một phần của đường dẫn.',
  },
  title: { en: 'Name of the system, in English and Vietnamese.', vi: 'Tên hệ thống, bằng tiếng Anh và tiếng Việt.' },
  summary: {
    en: 'What the system does, in our own words, in both languages.',
    vi: 'Hệ thống làm gì, do AILA biên soạn, bằng hai ngôn ngữ.',
  },
  agencyId: {
    en: 'The public body that runs the system (see agencies).',
    vi: 'Cơ quan nhà nước vận hành hệ thống (xem danh sách cơ quan).',
  },
  country: { en: 'Country code (ISO 3166-1 alpha-2).', vi: 'Mã quốc gia (ISO 3166-1 alpha-2).' },
  provinceCode: {
    en: 'Current provincial unit (one of 34 since 1 July 2025); empty for a national system.',
    vi: 'Đơn vị hành chính cấp tỉnh hiện hành (một trong 34 từ 1/7/2025); để trống nếu là hệ thống toàn quốc.',
  },
  originalPlace: {
    en: 'The place as the source named it, e.g. a former province.',
    vi: 'Địa danh như nguồn ghi, ví dụ tên tỉnh cũ.',
  },
  sector: { en: 'Main sector of public activity.', vi: 'Lĩnh vực hoạt động chính.' },
  secondarySectors: { en: 'Other sectors the system serves.', vi: 'Các lĩnh vực khác hệ thống phục vụ.' },
  category: { en: 'Kind of application.', vi: 'Loại ứng dụng.' },
  techniques: {
    en: 'AI techniques used; empty when the sources do not say.',
    vi: 'Kỹ thuật AI sử dụng; để trống nếu nguồn không nêu.',
  },
  stage: { en: 'Lifecycle stage at the latest information.', vi: 'Giai đoạn theo thông tin mới nhất.' },
  yearStarted: { en: 'Year the system started (pilot or launch).', vi: 'Năm hệ thống bắt đầu (thí điểm hoặc ra mắt).' },
  yearLatestInfo: {
    en: 'Year of the latest information about the system.',
    vi: 'Năm của thông tin mới nhất về hệ thống.',
  },
  builder: {
    en: 'Who built it: in-house, vendor, partnership or academic partner.',
    vi: 'Đơn vị xây dựng: tự phát triển, nhà cung cấp, hợp tác công – tư hoặc đối tác học thuật.',
  },
  vendor: { en: 'Named vendor or partner, as the source gives it.', vi: 'Tên nhà cung cấp hoặc đối tác theo nguồn.' },
  aiKind: {
    en: 'Public AI (a shared platform) or private AI (an organisation’s own assistant on its own data).',
    vi: 'AI công (nền tảng dùng chung) hay AI riêng (trợ lý của tổ chức trên dữ liệu riêng).',
  },
  intendedUsers: {
    en: 'Who uses it: staff, citizens, businesses.',
    vi: 'Người sử dụng: cán bộ, người dân, doanh nghiệp.',
  },
  funding: { en: 'Source of funding and the amount if published.', vi: 'Nguồn kinh phí và số tiền nếu được công bố.' },
  personalData: { en: 'Whether it processes personal data.', vi: 'Có xử lý dữ liệu cá nhân hay không.' },
  biometricData: { en: 'Whether it processes biometric data.', vi: 'Có xử lý dữ liệu sinh trắc học hay không.' },
  risk: {
    en: 'Risk tier under the Law on AI, questionnaire answers, and the published impact assessment.',
    vi: 'Mức rủi ro theo Luật Trí tuệ nhân tạo, câu trả lời bảng hỏi và báo cáo đánh giá tác động đã công bố.',
  },
  humanOversight: {
    en: 'How a person can review, override or stop the system.',
    vi: 'Cách con người xem xét, điều chỉnh hoặc dừng hệ thống.',
  },
  gapsAssessed: {
    en: 'True once a source-backed gap assessment exists; otherwise the record is “not assessed”.',
    vi: 'Đúng khi đã có đánh giá khoảng trống dựa trên nguồn; nếu không, bản ghi là “chưa đánh giá”.',
  },
  gaps: {
    en: 'Gaps with dimension, issue, severity 0–3, note and source.',
    vi: 'Khoảng trống gồm khía cạnh, vấn đề, mức độ 0–3, ghi chú và nguồn.',
  },
  ethics: {
    en: 'Self-assessment against each principle of the National AI Ethics Framework.',
    vi: 'Tự đánh giá theo từng nguyên tắc của Khung đạo đức AI quốc gia.',
  },
  sources: {
    en: 'Public sources (URL, publisher, date, language); at least one.',
    vi: 'Nguồn công khai (đường dẫn, đơn vị đăng, ngày, ngôn ngữ); ít nhất một nguồn.',
  },
  provenance: {
    en: 'Where the record comes from: curated, submitted by an agency, imported, or synthetic (benchmarks only).',
    vi: 'Xuất xứ bản ghi: biên soạn, do cơ quan gửi, nhập từ sổ đăng ký, hoặc giả lập (chỉ để đo hiệu năng).',
  },
  reviewedOn: {
    en: 'Date the record was last checked against its sources.',
    vi: 'Ngày bản ghi được đối chiếu lại với nguồn.',
  },
};

export interface DictionaryEntry {
  field: string;
  type: string;
  required: boolean;
  /** Allowed codes, for fields with a closed list. */
  values: string[];
  description: Label;
}

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

function describe(schema: JsonSchema): { type: string; values: string[] } {
  if (schema.enum) return { type: 'code', values: schema.enum.map(String) };
  if (schema.anyOf) {
    const parts = schema.anyOf.filter((s) => s.type !== 'null').map(describe);
    const nullable = schema.anyOf.some((s) => s.type === 'null');
    const first = parts[0] ?? { type: 'unknown', values: [] };
    return { type: `${first.type}${nullable ? ' | null' : ''}`, values: first.values };
  }
  if (schema.type === 'array' && schema.items) {
    const inner = describe(schema.items);
    return { type: `list of ${inner.type}`, values: inner.values };
  }
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type ?? 'unknown');
  return { type, values: [] };
}

/** The data dictionary of a deployment record, generated from the schema itself. */
export function dataDictionary(): DictionaryEntry[] {
  const json = z.toJSONSchema(DeploymentInputSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([field, schema]) => ({
    field,
    ...describe(schema),
    required: required.has(field),
    description: FIELD_DOCS[field as keyof typeof FIELD_DOCS] ?? { en: '', vi: '' },
  }));
}
