import type { AtlasData, ResolvedAtlas, SkinGeometry } from './atlasTypes';
import { buildLayers } from './layerRegistry';
import { useAtlasStore } from './store';
import type { Vec3 } from '../core/vec';

/** The validated data module (src/data/index.ts), loaded lazily as its own chunk. */
const dataModules = import.meta.glob<{ atlasData?: AtlasData } & Partial<AtlasData>>('../data/index.ts');

let dataPromise: Promise<AtlasData> | null = null;
const loadData = (): Promise<AtlasData> => {
  const load = Object.values(dataModules)[0];
  if (!load) return Promise.reject(new Error('the point data is not part of this build yet'));
  dataPromise ??= load().then((m) => {
    const d = m.atlasData ?? m;
    if (!d.points || !d.channels || !d.sources) throw new Error('the data module exports no atlas data');
    return { points: d.points, channels: d.channels, sources: d.sources };
  });
  return dataPromise;
};

const resolveOn = async (
  skin: SkinGeometry,
  landmarks: Record<string, Vec3>,
  data: AtlasData,
): Promise<ResolvedAtlas> => {
  const { resolveAtlas } = await import('../core/atlas');
  const { sites, lines, errors } = resolveAtlas(skin, landmarks, data.points);
  return { sites, lines, errors };
};

/**
 * Keeps the layers in step with the body: whenever a body finishes loading, the atlas is resolved on it and every
 * layer rebuilt. Runs outside React; returns the unsubscribe.
 */
export function startAtlasLoader(): () => void {
  let run = 0;
  const compute = async (skin: SkinGeometry, landmarks: Record<string, Vec3>) => {
    const mine = ++run;
    useAtlasStore.setState({ atlasStatus: 'loading', atlasError: null, layers: [], resolved: null });
    try {
      const data = await loadData();
      useAtlasStore.setState({ data });
      performance.mark('pointatlas:resolve-start');
      const resolved = await resolveOn(skin, landmarks, data);
      performance.measure('pointatlas:resolve', 'pointatlas:resolve-start');
      if (mine !== run) return;
      const { layers, errors } = buildLayers({ data, resolved, skin, landmarks });
      const problems = [...resolved.errors, ...errors];
      if (problems.length)
        console.warn(`PointAtlas: ${problems.length} atlas problems`, problems.slice(0, 20));
      useAtlasStore.setState({ resolved, layers, atlasStatus: 'ready' });
    } catch (e) {
      if (mine !== run) return;
      dataPromise = null;
      const why = e instanceof Error ? e.message : String(e);
      useAtlasStore.setState({
        atlasStatus: 'error',
        atlasError: `The point layers could not be computed: ${why}`,
      });
    }
  };
  return useAtlasStore.subscribe((s, prev) => {
    if (s.skin && s.landmarks && (s.skin !== prev.skin || s.landmarks !== prev.landmarks)) {
      void compute(s.skin, s.landmarks);
    }
  });
}

/** Loads the data alone (for search and lists) without waiting for a body. */
export function preloadData(): void {
  loadData()
    .then((data) => {
      if (!useAtlasStore.getState().data) useAtlasStore.setState({ data });
    })
    .catch(() => undefined);
}
