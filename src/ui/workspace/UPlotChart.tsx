import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ChartModel } from '../../core/progressSeries';

/** uPlot options for a chart model: visit numbers on x labelled by date, lines with dash and dots, guide lines. */
function optionsOf(chart: ChartModel, width: number, height: number): uPlot.Options {
  const n = chart.xLabels.length;
  const label = (v: number) => (Number.isInteger(v) ? (chart.xLabels[v - 1] ?? '') : '');
  // the year on a second line keeps neighbouring dates apart on a narrow (printed) chart
  const tick = (v: number) => label(v).replace(/ (\d+)$/, '\n$1');
  return {
    width,
    height,
    title: chart.title,
    // the legend names the series; live values under the cursor mean nothing on paper
    legend: { live: false },
    scales: {
      x: { time: false, range: [0.5, Math.max(1, n) + 0.5] },
      y: { range: chart.yRange },
    },
    axes: [
      {
        label: chart.xName ?? 'Visit',
        splits: () => chart.xLabels.map((_, i) => i + 1),
        values: (_u, splits) => splits.map(tick),
        size: 52,
        font: '11px system-ui, sans-serif',
        stroke: '#1c1f24',
        grid: { stroke: '#e3e3e3' },
      },
      {
        label: chart.yLabel,
        font: '11px system-ui, sans-serif',
        stroke: '#1c1f24',
        grid: { stroke: '#e3e3e3' },
      },
    ],
    series: [
      { label: chart.xName ?? 'Visit', value: (_u, v) => (v == null ? '' : label(v)) },
      ...chart.series.map((s): uPlot.Series => ({
        label: s.label,
        stroke: s.stroke,
        dash: s.dash,
        width: 2,
        spanGaps: true,
        points: { show: true, size: 8, width: 2, stroke: s.stroke, fill: s.fill ? s.stroke : '#ffffff' },
      })),
    ],
    hooks: {
      // the normal range as thin grey dashed lines under the series
      drawAxes: [
        (u) => {
          const { ctx, bbox } = u;
          ctx.save();
          ctx.strokeStyle = '#777';
          ctx.lineWidth = 1;
          ctx.setLineDash([3, 3]);
          for (const g of chart.guides) {
            const y = Math.round(u.valToPos(g.y, 'y', true)) + 0.5;
            ctx.beginPath();
            ctx.moveTo(bbox.left, y);
            ctx.lineTo(bbox.left + bbox.width, y);
            ctx.stroke();
          }
          ctx.restore();
        },
      ],
    },
  };
}

/**
 * One chart drawn by uPlot (canvas, no eval or inline script). It follows its box's width on screen; `width` fixes it
 * (the print view). The guides' meaning is written under the chart, so it reads without colour.
 */
export function UPlotChart({
  chart,
  width,
  height = 220,
}: {
  chart: ChartModel;
  width?: number;
  height?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const w = () => width ?? Math.max(280, Math.floor(el.clientWidth || 480));
    const plot = new uPlot(optionsOf(chart, w(), height), chart.data, el);
    el.dataset.drawn = 'true';
    const resize = new ResizeObserver(() => {
      if (plot.width !== w()) plot.setSize({ width: w(), height });
    });
    if (width === undefined) resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
      delete el.dataset.drawn;
    };
  }, [chart, width, height]);
  return (
    <figure className="chart">
      <div ref={box} className="chart-box" />
      {chart.guides.length > 0 && (
        <figcaption className="muted">
          Grey dashed lines: {chart.guides.map((g) => g.label).join(' ')} (seed 002’s normal range, a
          practitioner’s claim).
        </figcaption>
      )}
    </figure>
  );
}
