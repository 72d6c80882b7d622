import { useMemo } from 'react';
import type { ChartModel } from '../../core/progressSeries';
import { dayLabels } from '../../core/study/dayLabels';
import type { ErrorDay } from '../../core/study/progress';
import { UPlotChart } from '../workspace/UPlotChart';

/** The mean locate error per day of study, in B-cun, drawn like the workspace's progress charts (uPlot). */
export function LocateErrorChart({ days }: { days: ErrorDay[] }) {
  const chart = useMemo((): ChartModel => {
    const top = Math.max(1, ...days.map((d) => d.meanBcun));
    return {
      title: 'Mean locate error',
      xName: 'Day studied',
      yLabel: 'B-cun',
      yRange: [0, Math.ceil(top * 1.15 * 2) / 2],
      xLabels: dayLabels(days.map((d) => d.day)),
      series: [{ label: 'Mean error (B-cun)', stroke: '#1f5fa8', dash: [], fill: true }],
      data: [days.map((_, i) => i + 1), days.map((d) => d.meanBcun)],
      guides: [],
    };
  }, [days]);
  return (
    <div data-testid="study-error-chart">
      <UPlotChart chart={chart} height={180} />
    </div>
  );
}
