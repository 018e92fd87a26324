import type { Stats } from '../api/client.ts';
import { useLocale } from '../app/locale.ts';

function Tile({ label, value, note, testId }: { label: string; value: string; note?: string; testId: string }) {
  return (
    <div className="kpi" data-testid={testId}>
      <div className="kpi__value">{value}</div>
      <div className="kpi__label">{label}</div>
      {note && <div className="kpi__note">{note}</div>}
    </div>
  );
}

export function KpiTiles({ stats }: { stats: Stats }) {
  const { t, fmt, pct } = useLocale();
  const share = (s: { count: number; known: number }) => (s.known ? pct(s.count / s.known) : '–');
  const known = (s: { count: number; known: number }) =>
    [
      `${fmt(s.count)} / ${fmt(s.known)}`,
      s.known < stats.total ? t('common.unknownCount', { n: fmt(stats.total - s.known) }) : null,
    ]
      .filter(Boolean)
      .join(' · ');
  const shareTile = (testId: string, label: string, s: { count: number; known: number }) => ({
    testId,
    label,
    value: share(s),
    note: known(s),
  });
  const tiles: { testId: string; label: string; value: string; note?: string }[] = [
    { testId: 'kpi-total', label: t('overview.kpi.deployments'), value: fmt(stats.total) },
    { testId: 'kpi-agencies', label: t('overview.kpi.agencies'), value: fmt(stats.agencies) },
    {
      testId: 'kpi-provinces',
      label: t('overview.kpi.provinces'),
      value: `${fmt(stats.provinces)} / 34`,
      note: t('overview.kpi.provincesNote', { count: stats.national }),
    },
    shareTile('kpi-production', t('overview.kpi.production'), stats.production),
    shareTile('kpi-high-risk', t('overview.kpi.highRisk'), stats.highRisk),
    shareTile('kpi-impact', t('overview.kpi.impact'), stats.impactAssessment),
  ];
  return (
    <ul className="kpis">
      {tiles.map((tile) => (
        <li key={tile.testId}>
          <Tile {...tile} />
        </li>
      ))}
    </ul>
  );
}
