import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import { getMap, init, registerMap, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// The pieces every bar chart uses, loaded lazily so first paint does not wait for charts.
// Other chart types, legends and maps load on demand (charts/echarts-extra.ts).
use([BarChart, GridComponent, CanvasRenderer]);

/** Only the functions the dashboard calls, so the bundler can leave the rest of ECharts out. */
export const echarts = { init, use, registerMap, getMap };
