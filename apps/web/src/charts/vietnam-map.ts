import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topology from '../../../../data/geo/vn-34-provinces.topo.json';
import { echarts } from './echarts.ts';
import { VN_MAP } from './spec.ts';
import './echarts-extra.ts';

/** Registers the 34 current provinces with ECharts (once), from the bundled TopoJSON. */
export function registerVietnamMap(): void {
  if (echarts.getMap(VN_MAP)) return;
  const topo = topology as unknown as Topology<{ diaphantinhvn_merged: GeometryCollection }>;
  const geo = feature(topo, topo.objects.diaphantinhvn_merged) as FeatureCollection;
  echarts.registerMap(VN_MAP, geo as Parameters<typeof echarts.registerMap>[1]);
}
