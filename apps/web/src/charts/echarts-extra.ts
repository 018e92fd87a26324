import { HeatmapChart, LineChart, MapChart, SankeyChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapPiecewiseComponent } from 'echarts/components';
import { echarts } from './echarts.ts';

// Registered after the first bars are drawn, or before a chart that needs them (EChart's `extras`).
echarts.use([
  GridComponent,
  HeatmapChart,
  LineChart,
  MapChart,
  SankeyChart,
  LegendComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
]);
