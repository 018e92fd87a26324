import { BarChart } from 'echarts/charts';
import { GridSimpleComponent } from 'echarts/components';
import { getMap, init, registerMap, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// The pieces every bar chart uses, loaded lazily so first paint does not wait for charts: the grid
// without its axis pointer, which comes with tooltips, other chart types and maps (echarts-extra.ts).
use([BarChart, GridSimpleComponent, CanvasRenderer]);

/** Only the functions the dashboard calls, so the bundler can leave the rest of ECharts out. */
export const echarts = { init, use, registerMap, getMap };
