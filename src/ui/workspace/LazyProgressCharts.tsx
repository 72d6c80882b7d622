import { lazy, Suspense, type ComponentProps } from 'react';
import type { ProgressCharts as Charts } from './ProgressCharts';

// the chart library loads with the first chart shown, not with the atlas
const ProgressCharts = lazy(() => import('./ProgressCharts').then((m) => ({ default: m.ProgressCharts })));

/** The progress charts, their code loaded on first use. */
export function LazyProgressCharts(props: ComponentProps<typeof Charts>) {
  return (
    <Suspense fallback={<p className="muted">Loading the charts…</p>}>
      <ProgressCharts {...props} />
    </Suspense>
  );
}
