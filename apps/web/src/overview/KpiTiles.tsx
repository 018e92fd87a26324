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
  return (
    <ul className="kpis">
      <li>
        <Tile testId="kpi-total" label={t('overview.kpi.deployments')} value={fmt(stats.total)} />
      </li>
      <li>
        <Tile testId="kpi-agencies" label={t('overview.kpi.agencies')} value={fmt(stats.agencies)} />
      </li>
      <li>
        <Tile
          testId="kpi-provinces"
          label={t('overview.kpi.provinces')}
          value={`${fmt(stats.provinces)} / 34`}
          note={t('overview.kpi.provincesNote', { count: stats.national })}
        />
      </li>
      <li>
        <Tile
          testId="kpi-production"
          label={t('overview.kpi.production')}
          value={share(stats.production)}
          note={known(stats.production)}
        />
      </li>
      <li>
        <Tile
          testId="kpi-high-risk"
          label={t('overview.kpi.highRisk')}
          value={share(stats.highRisk)}
          note={known(stats.highRisk)}
        />
      </li>
      <li>
        <Tile
          testId="kpi-impact"
          label={t('overview.kpi.impact')}
          value={share(stats.impactAssessment)}
          note={known(stats.impactAssessment)}
        />
      </li>
    </ul>
  );
}
