import { decodeTourLink } from '../../core/tours/tourLink';
import { useAtlasStore } from '../store';
import { present } from './presentActions';

/**
 * Opens the tour a link names: `?tour=<built-in id>` or `?tourdata=<a short tour>`, with `&scene=<n>` (1-based).
 * A link that cannot be used gets a notice and the atlas opens as usual.
 */
export async function presentFromLink(search: string): Promise<void> {
  const q = new URLSearchParams(search);
  const id = q.get('tour');
  const data = q.get('tourdata');
  if (id === null && data === null) return;
  const scene = Math.max(1, Number.parseInt(q.get('scene') ?? '1', 10) || 1) - 1;
  // after the page has applied its own link and drawn its first frame, so that nothing overrides the scene (checked
  // every 200 ms: a store notification missed while this chunk loaded must not leave the tour unopened)
  while (!useAtlasStore.getState().frameReady) await new Promise((r) => setTimeout(r, 200));
  const notify = useAtlasStore.getState().notify;
  if (data !== null) {
    const r = await decodeTourLink(data);
    if (r.ok) present(r.tour, scene);
    else notify(r.message);
    return;
  }
  const { builtInTours } = await import('../../data/tours');
  const tour = builtInTours.find((t) => t.id === id);
  if (tour) present(tour, scene);
  else notify(`No built-in tour “${String(id).slice(0, 40)}”: the atlas opens as usual.`);
}
