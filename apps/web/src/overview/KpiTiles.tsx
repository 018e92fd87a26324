import { PROVINCES, type Share } from '@aila/domain';
import { useTranslation } from 'react-i18next';
import type { Stats } from '../api/client.ts';
import { useLocale } from '../app/locale.ts';

interface Tile {
  testId: string;
  label: string;
  value: string;
  note?: string;
}

/** The scope's key numbers; the province tile only where the scope is Vietnam's (its 34 provinces). */
export function KpiTiles({ stats, vietnam = true }: { stats: Stats; vietnam?: boolean }) {
  const { t } = useTranslation();
  const { fmt, share } = useLocale();
  const shareTile = (testId: string, label: string, s: Share): Tile => ({
    testId,
    label,
    value: share(s.count, s.known),
    note: [
      `${fmt(s.count)} / ${fmt(s.known)}`,
      s.known < stats.total ? t('unknownCount', { n: fmt(stats.total - s.known) }) : null,
    ]
      .filter(Boolean)
      .join(' · '),
  });
  const tiles: Tile[] = [
    { testId: 'kpi-total', label: t('overview.kpi.deployments'), value: fmt(stats.total) },
    { testId: 'kpi-agencies', label: t('overview.kpi.agencies'), value: fmt(stats.agencies) },
    ...(vietnam
      ? [
          {
            testId: 'kpi-provinces',
            label: t('overview.kpi.provinces'),
            value: `${fmt(stats.provinces)} / ${fmt(PROVINCES.length)}`,
            note: t('overview.kpi.provincesNote', { count: stats.national }),
          },
        ]
      : []),
    shareTile('kpi-production', t('overview.kpi.production'), stats.production),
    shareTile('kpi-high-risk', t('overview.kpi.highRisk'), stats.highRisk),
    shareTile('kpi-impact', t('overview.kpi.impact'), stats.impactAssessment),
  ];
  return (
    <ul className="kpis">
      {tiles.map((tile) => (
        <li key={tile.testId}>
          <div className="kpi" data-testid={tile.testId}>
            <div className="kpi__value">{tile.value}</div>
            <div className="kpi__label">{tile.label}</div>
            {tile.note && <div className="kpi__note">{tile.note}</div>}
          </div>
        </li>
      ))}
    </ul>
  );
}
