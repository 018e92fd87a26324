import { dataDictionary, type Label } from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { statsQuery } from '../api/queries.ts';
import { useLabel, useLocale } from '../app/locale.ts';
import { ReadinessRules } from '../readiness/AboutRules.tsx';
import { Page } from '../ui/Page.tsx';
import { IndicativeRules } from './IndicativeRules.tsx';

/** The frameworks behind the catalogue, by their published titles in each language. */
const FRAMEWORK_SOURCES: readonly [title: Label, url: string][] = [
  [
    {
      en: 'UNDP Viet Nam — AI Landscape Assessment (2025)',
      vi: 'UNDP Việt Nam — Báo cáo đánh giá bức tranh AI (2025)',
    },
    'https://undp.org/vietnam/press-releases/viet-nam-accelerates-ai-adoption-public-sector-strategic-policy-recommendations',
  ],
  [
    {
      en: 'Nhân Dân — findings and recommendations of the AI Landscape Assessment',
      vi: 'Nhân Dân — kết quả và khuyến nghị của Báo cáo đánh giá bức tranh AI',
    },
    'https://nhandan.vn/nang-cao-nang-luc-so-ung-dung-tri-tue-nhan-tao-trong-khu-vuc-cong-post865973.html',
  ],
  [
    {
      en: 'Law on Artificial Intelligence No. 134/2025/QH15',
      vi: 'Luật Trí tuệ nhân tạo số 134/2025/QH15',
    },
    'https://luatvietnam.vn/linh-vuc-khac/tai-luat-tri-tue-nhan-tao-2025-so-134-2025-qh15-186-106136-article.html',
  ],
  [
    {
      en: 'National AI Ethics Framework — Circular 05/2026/TT-BKHCN',
      vi: 'Khung đạo đức trí tuệ nhân tạo quốc gia — Thông tư 05/2026/TT-BKHCN',
    },
    'https://ngaynay.vn/ban-hanh-quy-dinh-khung-dao-duc-tri-tue-nhan-tao-quoc-gia-post170094.html',
  ],
  [
    {
      en: 'UNESCO Readiness Assessment Methodology',
      vi: 'Phương pháp đánh giá mức độ sẵn sàng (RAM) của UNESCO',
    },
    'https://www.ai4europe.eu/education/education-catalog/readiness-assessment-methodology-tool-recommendation-ethics-artificial',
  ],
];

/** Lists of codes longer than this are referred to the taxonomy endpoint. */
const LISTED_CODES = 14;

function Dictionary() {
  const { t } = useTranslation('about');
  const label = useLabel();
  const entries = useMemo(() => dataDictionary(), []);
  return (
    <div className="table-scroll">
      <table className="data-table dictionary" data-testid="data-dictionary">
        <thead>
          <tr>
            <th scope="col">{t('field')}</th>
            <th scope="col">{t('type')}</th>
            <th scope="col">{t('filter')}</th>
            <th scope="col">{t('meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.field} data-field={entry.field}>
              <th scope="row">
                {label(entry.title)}
                {entry.required && <span className="required"> *</span>}
                <div className="small muted">
                  <code>{entry.path ?? entry.field}</code>
                </div>
              </th>
              <td>
                {entry.type}
                {entry.values.length > 0 && (
                  <div className="small muted">
                    {entry.values.length <= LISTED_CODES
                      ? entry.values.join(', ')
                      : t('codes', { count: entry.values.length })}
                  </div>
                )}
              </td>
              <td>{entry.filter.length > 0 && <code>{entry.filter.join(', ')}</code>}</td>
              <td>{label(entry.description)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AboutPage() {
  const { t } = useTranslation('about');
  const { fmt } = useLocale();
  const label = useLabel();
  const stats = useQuery(statsQuery({}));
  return (
    <Page title={t('title')} lead={t('lead')}>
      <div className="prose">
        <section className="card" aria-labelledby="about-method">
          <h2 id="about-method">{t('method')}</h2>
          <p>{t('methodSources')}</p>
          <p>{t('methodPlaces')}</p>
          <p>{t('methodGaps')}</p>
          {stats.data && (
            <p className="note" data-testid="assessed-note">
              {t('assessed', { n: fmt(stats.data.assessed), total: fmt(stats.data.total) })}
            </p>
          )}
        </section>
        <section className="card" aria-labelledby="about-frameworks">
          <h2 id="about-frameworks">{t('frameworks')}</h2>
          <p>{t('frameworksText')}</p>
          <ul className="sources-list">
            {FRAMEWORK_SOURCES.map(([name, url]) => (
              <li key={url}>
                <a href={url} rel="noopener noreferrer" target="_blank">
                  {label(name)}
                </a>
              </li>
            ))}
          </ul>
        </section>
        <IndicativeRules />
        <ReadinessRules />
        <section className="card" aria-labelledby="about-cite">
          <h2 id="about-cite">{t('cite')}</h2>
          <p>{t('citeText')}</p>
          <p className="cite__text">{t('citeExample')}</p>
        </section>
        <section className="card" aria-labelledby="about-api">
          <h2 id="about-api">{t('api')}</h2>
          <p>
            {t('apiText')} <a href="/api/docs">/api/docs</a> · <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>
          </p>
          <p data-testid="dump-links">
            {t('dump')} <a href="/api/v1/dump?format=datapackage">{t('dumpPackage')}</a> ·{' '}
            <a href="/api/v1/dump?format=sqlite">{t('dumpSqlite')}</a>
          </p>
        </section>
        <section className="card" aria-labelledby="about-licence">
          <h2 id="about-licence">{t('licence')}</h2>
          <p>{t('licenceText')}</p>
        </section>
        <section className="card" aria-labelledby="about-dictionary">
          <h2 id="about-dictionary">{t('dictionary')}</h2>
          <p>{t('dictionaryText')}</p>
          <Dictionary />
          <p className="small muted">{t('requiredNote')}</p>
        </section>
      </div>
    </Page>
  );
}
