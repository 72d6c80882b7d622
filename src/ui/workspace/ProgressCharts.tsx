import { useMemo } from 'react';
import { hasValues, measuredSites, painChart, thresholdChart } from '../../core/progressSeries';
import { ALGOMETER_NORMAL } from '../../core/visits';
import type { VisitRecord } from '../../state/workspace/visitsStore';
import { UPlotChart } from './UPlotChart';

/** A client's progress: pain before/after over the visits, and each measured site's pressure-pain threshold. */
export function ProgressCharts({
  visits,
  width,
  height,
}: {
  visits: VisitRecord[];
  width?: number;
  height?: number;
}) {
  const charts = useMemo(() => {
    const pain = painChart(visits);
    const sites = measuredSites(visits).map((site) => thresholdChart(visits, site, ALGOMETER_NORMAL));
    return [pain, ...sites].filter(hasValues);
  }, [visits]);
  if (charts.length === 0) return <p className="muted">No pain ratings or readings to chart yet.</p>;
  return (
    <div className="progress-charts" aria-label="Progress charts">
      {charts.map((c) => (
        <UPlotChart key={c.title} chart={c} {...(width ? { width } : {})} {...(height ? { height } : {})} />
      ))}
    </div>
  );
}
