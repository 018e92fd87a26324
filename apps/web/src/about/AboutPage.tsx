import { dataDictionary } from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { statsQuery } from '../api/queries.ts';
import { useLocale } from '../app/locale.ts';
import { ABOUT } from './text.ts';

export function AboutPage() {
  const { t, locale, label, fmt } = useLocale();
  const text = ABOUT[locale];
  const dictionary = useMemo(() => dataDictionary(), []);
  const stats = useQuery(statsQuery({}));
  return (
    <div className="page">
      <header className="page-head">
        <h1>{t('pages.about.title')}</h1>
        <p className="lead">{t('pages.about.lead')}</p>
      </header>
      <div className="prose">
        <section className="card" aria-labelledby="about-method">
          <h2 id="about-method">{text.method}</h2>
          {text.methodText.map((p) => (
            <p key={p.slice(0, 24)}>{p}</p>
          ))}
          {stats.data && (
            <p className="note" data-testid="assessed-note">
              {text.assessed(fmt(stats.data.assessed), fmt(stats.data.total))}
            </p>
          )}
        </section>
        <section className="card" aria-labelledby="about-frameworks">
          <h2 id="about-frameworks">{text.frameworks}</h2>
          <p>{text.frameworksText}</p>
          <ul className="sources-list">
            {text.frameworkSources.map(([name, url]) => (
              <li key={url}>
                <a href={url} rel="noopener noreferrer" target="_blank">
                  {name}
                </a>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="about-cite">
          <h2 id="about-cite">{text.cite}</h2>
          <p>{text.citeText}</p>
          <p className="cite__text">{text.citeExample}</p>
        </section>
        <section className="card" aria-labelledby="about-api">
          <h2 id="about-api">{text.api}</h2>
          <p>
            {text.apiText} <a href="/api/docs">/api/docs</a> · <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>
          </p>
        </section>
        <section className="card" aria-labelledby="about-licence">
          <h2 id="about-licence">{text.licence}</h2>
          <p>{text.licenceText}</p>
        </section>
        <section className="card" aria-labelledby="about-dictionary">
          <h2 id="about-dictionary">{text.dictionary}</h2>
          <p>{text.dictionaryText}</p>
          <div className="table-scroll">
            <table className="data-table dictionary" data-testid="data-dictionary">
              <thead>
                <tr>
                  <th scope="col">{text.field}</th>
                  <th scope="col">{text.type}</th>
                  <th scope="col">{text.meaning}</th>
                </tr>
              </thead>
              <tbody>
                {dictionary.map((entry) => (
                  <tr key={entry.field}>
                    <th scope="row">
                      <code>{entry.field}</code>
                      {entry.required && <span className="required"> *</span>}
                    </th>
                    <td>
                      {entry.type}
                      {entry.values.length > 0 && entry.values.length <= 14 && (
                        <div className="small muted">{entry.values.join(', ')}</div>
                      )}
                      {entry.values.length > 14 && <div className="small muted">{text.codes(entry.values.length)}</div>}
                    </td>
                    <td>{label(entry.description)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="small muted">{text.requiredNote}</p>
        </section>
      </div>
    </div>
  );
}
