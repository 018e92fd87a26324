import { Link } from 'react-router-dom';
import { useLocale } from '../app/locale.ts';

function InfoPage({ section }: { section: 'recommendations' | 'landscape' | 'submit' }) {
  const { t } = useLocale();
  return (
    <div className="page">
      <header className="page-head">
        <h1>{t(`pages.${section}.title`)}</h1>
        <p className="lead">{t(`pages.${section}.lead`)}</p>
      </header>
      <div className="card">
        <p>{t('pages.inPreparation')}</p>
        <p>
          <Link to="/">{t('nav.overview')}</Link> · <Link to="/explore">{t('nav.explore')}</Link>
        </p>
      </div>
    </div>
  );
}

export const RecommendationsPage = () => <InfoPage section="recommendations" />;
export const LandscapePage = () => <InfoPage section="landscape" />;
export const SubmitPage = () => <InfoPage section="submit" />;

const ABOUT = {
  en: {
    method: 'Method',
    methodText:
      'Each record describes one AI system run by a public body. It is written from public sources — official portals, agency announcements and the press — and every record cites them. Fields the sources do not state are left unknown rather than guessed. Provinces follow the 34 units in force since 1 July 2025; records from older sources are mapped from the former province to its current unit, and the place named in the source is kept.',
    frameworks: 'Frameworks',
    frameworksText:
      'Gaps are classified in five dimensions — data, infrastructure, people, finance and policy — following the UNDP / IPS AI Landscape Assessment of Vietnam’s public sector. Risk tiers follow the Law on Artificial Intelligence (No. 134/2025/QH15, in force 1 March 2026); ethics follow the National AI Ethics Framework (in force 10 March 2026). A suggested risk tier is indicative, never a legal determination.',
    licence: 'Licence and attribution',
    licenceText:
      'Catalogue data: CC BY 4.0 — cite the record and its sources. Code: MIT. Province boundaries: TaliaCao/Vietnam-Shape-Map (MIT), base data Open Development Vietnam.',
    api: 'Open API',
    apiText: 'Every view is available as JSON through the documented API.',
  },
  vi: {
    method: 'Phương pháp',
    methodText:
      'Mỗi bản ghi mô tả một hệ thống AI do một cơ quan nhà nước vận hành. Bản ghi được biên soạn từ nguồn công khai — cổng thông tin chính thức, thông báo của cơ quan và báo chí — và luôn trích dẫn nguồn. Thông tin nguồn không nêu thì để “chưa rõ”, không suy đoán. Địa bàn theo 34 đơn vị hành chính cấp tỉnh từ ngày 1/7/2025; bản ghi từ nguồn cũ được quy đổi từ tỉnh cũ sang đơn vị hiện hành và vẫn giữ địa danh ghi trong nguồn.',
    frameworks: 'Khung đánh giá',
    frameworksText:
      'Khoảng trống được phân loại theo năm khía cạnh — dữ liệu, hạ tầng, nhân lực, tài chính và chính sách — theo Báo cáo đánh giá bức tranh AI trong khu vực công Việt Nam của UNDP và IPS. Mức rủi ro theo Luật Trí tuệ nhân tạo (số 134/2025/QH15, hiệu lực từ 1/3/2026); đạo đức theo Khung đạo đức AI quốc gia (hiệu lực từ 10/3/2026). Mức rủi ro gợi ý chỉ mang tính tham khảo, không phải kết luận pháp lý.',
    licence: 'Giấy phép và ghi nguồn',
    licenceText:
      'Dữ liệu danh mục: CC BY 4.0 — hãy trích dẫn bản ghi và nguồn của bản ghi. Mã nguồn: MIT. Ranh giới tỉnh: TaliaCao/Vietnam-Shape-Map (MIT), dữ liệu nền Open Development Vietnam.',
    api: 'API mở',
    apiText: 'Mọi cách xem đều có thể lấy dưới dạng JSON qua API có tài liệu.',
  },
} as const;

export function AboutPage() {
  const { t, locale } = useLocale();
  const text = ABOUT[locale];
  return (
    <div className="page">
      <header className="page-head">
        <h1>{t('pages.about.title')}</h1>
        <p className="lead">{t('pages.about.lead')}</p>
      </header>
      <div className="prose">
        <section className="card">
          <h2>{text.method}</h2>
          <p>{text.methodText}</p>
        </section>
        <section className="card">
          <h2>{text.frameworks}</h2>
          <p>{text.frameworksText}</p>
        </section>
        <section className="card">
          <h2>{text.api}</h2>
          <p>
            {text.apiText} <a href="/api/docs">/api/docs</a> · <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>
          </p>
        </section>
        <section className="card">
          <h2>{text.licence}</h2>
          <p>{text.licenceText}</p>
        </section>
      </div>
    </div>
  );
}

export function NotFoundPage() {
  const { t } = useLocale();
  return (
    <div className="page">
      <h1>{t('common.notFound')}</h1>
      <p>{t('common.notFoundText')}</p>
      <Link to="/">{t('common.goHome')}</Link>
    </div>
  );
}
