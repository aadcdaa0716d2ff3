// Events per month by type as a stacked bar chart (ECharts), shared by the dashboard, actor and pair pages.
'use strict';

const Charts = (() => {
  const TYPES = ['AGREE', 'MEET', 'ATTEND'];
  const COLOURS = { AGREE: '#3c9a4c', MEET: '#3d6fc4', ATTEND: '#d98b2b' };

  /** Draws [{month, type, count}] into the element; months without events are shown as gaps of zero. */
  function monthly(element, rows) {
    const months = [...new Set(rows.map(r => r.month))].sort();
    const series = TYPES.map(t => ({
      name: t, type: 'bar', stack: 'events', itemStyle: { color: COLOURS[t] },
      data: months.map(m => (rows.find(r => r.month === m && r.type === t) || { count: 0 }).count),
    }));
    const chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false, tooltip: { trigger: 'axis' }, legend: { data: TYPES },
      grid: { left: 40, right: 20, top: 40, bottom: 60 },
      xAxis: { type: 'category', data: months }, yAxis: { type: 'value', minInterval: 1 },
      dataZoom: months.length > 24 ? [{ type: 'slider' }] : [],
      series,
    });
    window.addEventListener('resize', () => chart.resize());
    element.dataset.rendered = months.length;
    return chart;
  }

  return { monthly };
})();
