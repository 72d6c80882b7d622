import type { ComponentProps } from 'react';
import { LazyPart } from '../LazyPart';
import type { ProgressCharts as Charts } from './ProgressCharts';

// the chart library loads with the first chart shown, not with the atlas
const loadCharts = () => import('./ProgressCharts').then((m) => m.ProgressCharts);

/** The progress charts, their code loaded on first use (a failed load says so, with a Retry). */
export function LazyProgressCharts(props: ComponentProps<typeof Charts>) {
  return <LazyPart load={loadCharts} what="charts" props={props} />;
}
