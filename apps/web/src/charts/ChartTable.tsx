import { Link } from 'react-router-dom';
import type { ChartRow } from './options.ts';
import { type ChartContext, sum } from './spec.ts';

/** A chart's numbers as a table: each row's count and, where it makes sense, its share of its own base. */
export function ChartTable({
  title,
  rows,
  c,
  value,
  shares,
  href,
}: {
  title: string;
  rows: readonly ChartRow[];
  c: ChartContext;
  value: string;
  shares: boolean;
  href: (key: string) => string | undefined;
}) {
  const whole = sum(rows);
  return (
    <table className="data-table">
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{title}</th>
          <th scope="col" className="num">
            {value}
          </th>
          {shares && (
            <th scope="col" className="num">
              {c.t('chart.share')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const to = href(r.key);
          return (
            <tr key={r.key} data-key={r.key}>
              <th scope="row">{to ? <Link to={to}>{r.label}</Link> : r.label}</th>
              <td className="num">{c.fmt(r.count)}</td>
              {shares && <td className="num">{c.share(r.count, r.of ?? whole)}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
