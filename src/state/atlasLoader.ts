import { cachedBodies } from 'virtual:atlas-cache';
import type { Vec3 } from '../core/vec';
import { layerInfoOf, type LayerInfo } from './acupunctureLayers';
import { sitesFromCache } from './atlasCacheTypes';
import { USER_ATLAS_TOTAL, type UserAtlasResult } from './userAtlasTypes';
import { userNeuroSurfaces, type UserNeuro } from './userNeuro';
import type { AtlasData, ResolvedAtlas, SkinGeometry } from './atlasTypes';
import { buildLayers } from './layerRegistry';
import { loadNptData, useNptStore } from './nptStore';
import { useAtlasStore } from './store';

/** The point data (validated at build time), loaded lazily as its own chunk (once; again after a failure). */
const loadData = (): Promise<AtlasData> => import('virtual:validated/atlas').then((m) => m.load());

/** Loads the data for search, lists and panels; a failure is reported once, with a Retry. */
export function preloadData(): void {
  loadData()
    .then((data) => useAtlasStore.setState({ data }))
    .catch((e: unknown) => {
      if (useAtlasStore.getState().data) return; // another request got it meanwhile
      useAtlasStore
        .getState()
        .notify(`The point data could not be loaded: ${e instanceof Error ? e.message : e}`, preloadData);
    });
}

let run = 0;
/** Stops the engine's worker of the current run, if any, once another run (or another body) takes its place. */
let stopRun = new AbortController();

/** The ear layers of a user's body could not be carried over: the rest of its layers still compute. */
const earFailed = (e: unknown) => {
  console.warn('PointAtlas: the ear layers could not be carried onto this body', e);
  return null;
};

/** Resolves once the first frame with the body and its layers has been drawn (work after it stays off its path). */
export const firstFrameDrawn = (): Promise<void> =>
  new Promise((resolve) => {
    if (useAtlasStore.getState().frameReady) return resolve();
    const off = useAtlasStore.subscribe((s) => {
      if (s.frameReady) {
        off();
        resolve();
      }
    });
  });

const publish = (mine: number, info: LayerInfo, resolved: ResolvedAtlas) => {
  if (mine !== run) return;
  const { layers, errors } = buildLayers({ info, resolved });
  const problems = [...resolved.errors, ...errors];
  if (problems.length) console.warn(`PointAtlas: ${problems.length} atlas problems`, problems.slice(0, 20));
  useAtlasStore.setState({ resolved, layers, atlasStatus: 'ready', atlasProgress: null });
  performance.mark('pointatlas:layers');
};

const fail = (mine: number, e: unknown) => {
  if (mine !== run) return;
  const why = e instanceof Error ? e.message : String(e);
  useAtlasStore.setState({
    atlasStatus: 'error',
    atlasProgress: null,
    atlasError: `The point layers could not be computed: ${why}`,
  });
};

/** A body resolved at build time: sites and lines first (the first frame), derivations right after. */
async function fromCache(bodyId: string, mine: number) {
  const cached = cachedBodies[bodyId];
  const sites = await cached.sites();
  publish(mine, sites.info, sitesFromCache(sites));
  await firstFrameDrawn();
  const derivations = await cached.derivations();
  if (mine === run) useAtlasStore.setState({ resolved: sitesFromCache(sites, derivations) });
}

/**
 * The labels and key points of a run's body for the neuro layers (userNeuro.ts). A stopped run hands over those of
 * the run that took its place on the same skin, if any (else it never settles: its skin is gone), so that it neither
 * fails them nor has them computed twice; a failed run rejects (the neuro layers then compute their own).
 */
function neuroOf(skin: SkinGeometry, work: Promise<UserAtlasResult>, signal: AbortSignal): void {
  const mine: Promise<UserNeuro> = new Promise((resolve, reject) => {
    work.then(
      ({ neuro: n, ears }) => {
        if ('error' in n) return reject(new Error(n.error));
        if (ears && 'error' in ears) earFailed(new Error(ears.error));
        resolve({ ...n, ears: ears && !('error' in ears) ? ears : null });
      },
      (e: unknown) => {
        if (!signal.aborted) return reject(e instanceof Error ? e : new Error(String(e)));
        const next = userNeuroSurfaces.get(skin);
        if (next && next !== mine) next.then(resolve, reject);
      },
    );
  });
  mine.catch(() => undefined); // a failure is reported by the atlas (below)
  userNeuroSurfaces.set(skin, mine);
}

/**
 * A body the build did not resolve (a user's own): the engine runs in a worker on the loaded skin, for the points,
 * the channel lines and the nerve exit sites, as the build does for the shipped bodies, and for the labels and key
 * points of the neuro layers (handed to them through userNeuroSurfaces); its progress is shown. When `signal` aborts
 * (another run began) the worker stops and nothing of this run is shown or reported.
 */
function inBrowser(
  bodyId: string,
  skin: SkinGeometry,
  landmarks: Record<string, Vec3>,
  mine: number,
  signal: AbortSignal,
): Promise<void> {
  useAtlasStore.setState({ atlasProgress: { done: 0, total: USER_ATLAS_TOTAL, what: 'point data' } });
  const work = (async () => {
    const [data, { runUserAtlas }, { neuroData }, , ears] = await Promise.all([
      loadData(),
      import('./userAtlasRun'),
      import('virtual:validated/neuro'),
      loadNptData(),
      // the ear layers are carried from the reference body's ears; without them the rest still computes
      import('./userEarSource').then((m) => m.userEarInput(bodyId)).catch(earFailed),
    ]);
    useAtlasStore.setState({ data });
    const input = {
      skin,
      landmarks,
      points: data.points,
      nerveSites: useNptStore.getState().data?.sites ?? [],
      neuro: { keyPoints: neuroData.keyPoints, backZones: neuroData.nrt.backZones },
      ...(ears ? { ears } : {}),
      channelNames: Object.fromEntries(data.channels.map((c) => [c.code, c.english])),
    };
    const result = await runUserAtlas(
      input,
      (p) => {
        if (mine === run) useAtlasStore.setState({ atlasProgress: p });
      },
      signal,
    );
    return { ...result, info: layerInfoOf(data) };
  })();
  neuroOf(skin, work, signal);
  return work.then((r) => publish(mine, r.info, r.resolved));
}

/**
 * Keeps the layers in step with the body: on a body switch (or Retry) the layers are rebuilt from the build-time
 * atlas, or, for a body the build did not resolve, by the engine once the body has loaded. Returns the unsubscribe.
 */
export function startAtlasLoader(): () => void {
  const begin = () => {
    stopRun.abort();
    stopRun = new AbortController();
    const mine = ++run;
    useAtlasStore.setState({
      atlasStatus: 'loading',
      atlasError: null,
      atlasProgress: null,
      layers: [],
      resolved: null,
    });
    return mine;
  };
  const start = (bodyId: string) => {
    if (cachedBodies[bodyId]) fromCache(bodyId, begin()).catch((e: unknown) => fail(run, e));
    else {
      // a body the build did not see begins once its skin is there (below); the run in hand is over already
      stopRun.abort();
      run++;
      if (useAtlasStore.getState().atlasProgress) useAtlasStore.setState({ atlasProgress: null });
    }
  };
  start(useAtlasStore.getState().bodyId);
  // search and lists work even when no body draws
  setTimeout(() => useAtlasStore.getState().data ?? preloadData(), 4000);
  return useAtlasStore.subscribe((s, prev) => {
    if (s.bodyId !== prev.bodyId || s.loadSerial !== prev.loadSerial) start(s.bodyId);
    if (!cachedBodies[s.bodyId] && s.skin && s.landmarks && s.skin !== prev.skin) {
      const mine = begin();
      const { signal } = stopRun;
      inBrowser(s.bodyId, s.skin, s.landmarks, mine, signal).catch((e: unknown) => {
        if (!signal.aborted) fail(mine, e); // a stopped run is no failure
      });
    }
    const settled =
      (s.frameReady && !prev.frameReady) || (s.atlasStatus === 'error' && prev.atlasStatus !== 'error');
    if (settled && !s.data) setTimeout(preloadData, 0);
  });
}
