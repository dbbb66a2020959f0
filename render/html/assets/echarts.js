// The ECharts the pages embed: only the charts and components they draw,
// a third smaller than ECharts' full build, which every page would carry.
// gen.sh bundles it with esbuild into dist/echarts.min.js, exposing the
// echarts global the full build gives. A chart or option added to a page
// may need its part added here (an option of a part left out is ignored).
import * as echarts from 'echarts/core';
import { BarChart, GraphChart, HeatmapChart, ScatterChart } from 'echarts/charts';
import {
  CalendarComponent, DataZoomComponent, GeoComponent, GridComponent, LegendComponent,
  TooltipComponent, VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart, GraphChart, HeatmapChart, ScatterChart,
  CalendarComponent, DataZoomComponent, GeoComponent, GridComponent, LegendComponent,
  TooltipComponent, VisualMapComponent, CanvasRenderer,
]);
window.echarts = echarts;
