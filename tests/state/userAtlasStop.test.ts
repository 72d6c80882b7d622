import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NeuroSurface } from '../../src/core/neuroSurface';
import type { SkinGeometry } from '../../src/state/atlasTypes';
import { startAtlasLoader } from '../../src/state/atlasLoader';
import { initialAtlasState, useAtlasStore } from '../../src/state/store';
import { isStopped, runUserAtlas } from '../../src/state/userAtlasRun';
import type { UserAtlasInput, UserAtlasReply } from '../../src/state/userAtlasTypes';
import { userNeuroSurfaces } from '../../src/state/userNeuro';

// no body is resolved at build time here: every body is one the engine computes, as a user's own
vi.mock('virtual:atlas-cache', () => ({ cachedBodies: {} }));

/** A worker that never runs: it records what it was sent and answers when the test says so (never once ended). */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: { data: UserAtlasReply }) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  input: UserAtlasInput | null = null;
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(input: UserAtlasInput) {
    this.input = input;
  }
  terminate() {
    this.terminated = true;
  }
  answer(r: UserAtlasReply) {
    if (!this.terminated) this.onmessage?.({ data: r });
  }
}

const skinOf = (): SkinGeometry => ({
  positions: new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]),
  indices: new Uint32Array([0, 1, 2]),
});
const labels = (n: number): NeuroSurface => ({
  dermatomes: new Int8Array(3).fill(n),
  nrtZones: new Int16Array(3),
  keySites: [],
  errors: [],
});
const done = (n: number): UserAtlasReply => ({
  type: 'done',
  resolved: { sites: [], lines: [], errors: [] },
  neuro: labels(n),
  ears: null,
});
const input = (): UserAtlasInput => ({
  skin: skinOf(),
  landmarks: {},
  points: [],
  nerveSites: [],
  neuro: { keyPoints: [], backZones: [] },
  channelNames: {},
});
/** Lets every pending callback run (macrotasks too): what a stopped run would still do, it does by then. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => unhandled.push(e);
beforeEach(() => {
  FakeWorker.made = [];
  unhandled.length = 0;
  vi.stubGlobal('Worker', FakeWorker);
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  vi.unstubAllGlobals();
  process.off('unhandledRejection', onUnhandled);
});

describe('runUserAtlas with a signal', () => {
  it('passes progress on and resolves with the worker’s answer', async () => {
    const seen: number[] = [];
    const result = runUserAtlas(input(), (p) => seen.push(p.done), new AbortController().signal);
    const w = FakeWorker.made[0];
    w.answer({ type: 'progress', done: 7, total: 100, what: 'Lung channel' });
    w.answer(done(1));
    expect((await result).neuro).toEqual(labels(1));
    expect(seen).toEqual([7]);
    expect(w.terminated).toBe(true);
  });

  it('starts no worker when stopped before it begins', async () => {
    const stop = new AbortController();
    stop.abort();
    const result = runUserAtlas(input(), () => undefined, stop.signal);
    await expect(result).rejects.toSatisfy(isStopped);
    expect(FakeWorker.made).toHaveLength(0);
  });

  it('terminates the worker when stopped while it works, and rejects as stopped (no failure)', async () => {
    const stop = new AbortController();
    const seen: number[] = [];
    const result = runUserAtlas(input(), (p) => seen.push(p.done), stop.signal);
    const w = FakeWorker.made[0];
    w.answer({ type: 'progress', done: 3, total: 100, what: 'skin index' });
    stop.abort();
    expect(w.terminated).toBe(true);
    await expect(result).rejects.toSatisfy(isStopped);
    w.answer({ type: 'progress', done: 50, total: 100, what: 'Lung channel' });
    expect(seen).toEqual([3]);
  });

  it('tells a failure from a stop', async () => {
    const result = runUserAtlas(input(), () => undefined, new AbortController().signal);
    FakeWorker.made[0].answer({ type: 'error', message: 'no skin' });
    await expect(result).rejects.toThrow('no skin');
    await expect(result).rejects.not.toSatisfy(isStopped);
  });
});

describe('the atlas loader when a user’s body is replaced while the engine runs', () => {
  let stopLoader: () => void;
  beforeEach(() => {
    useAtlasStore.setState({ ...initialAtlasState(), bodyId: 'user-a' });
    stopLoader = startAtlasLoader();
  });
  afterEach(() => stopLoader());

  /** The body `bodyId` finished loading with `skin`: the loader starts the engine on it. */
  const loaded = (bodyId: string, skin: SkinGeometry) =>
    useAtlasStore.setState({ bodyId, skin, landmarks: {}, bodyStatus: 'ready' });
  const workerNo = (n: number) =>
    vi.waitFor(() => expect(FakeWorker.made).toHaveLength(n), { timeout: 60_000 });
  const notices = () => useAtlasStore.getState().notices;

  it('stops the first worker when another body loads, shows only the second body’s layers, reports nothing', async () => {
    const first = skinOf();
    loaded('user-a', first);
    await workerNo(1);
    const [w1] = FakeWorker.made;
    w1.answer({ type: 'progress', done: 40, total: 100, what: 'Lung channel' });
    expect(useAtlasStore.getState().atlasProgress).toMatchObject({ done: 40, what: 'Lung channel' });

    useAtlasStore.setState({ bodyId: 'user-b', skin: null, landmarks: null, bodyStatus: 'loading' });
    expect(w1.terminated).toBe(true); // at the switch, before the next body is even there
    expect(useAtlasStore.getState().atlasProgress).toBeNull();
    await settle();
    expect(useAtlasStore.getState().atlasStatus).not.toBe('error');

    const second = skinOf();
    loaded('user-b', second);
    await workerNo(2);
    const w2 = FakeWorker.made[1];
    expect(w2.terminated).toBe(false);
    w2.answer(done(2));
    await vi.waitFor(() => expect(useAtlasStore.getState().atlasStatus).toBe('ready'));
    await expect(userNeuroSurfaces.get(second)).resolves.toEqual({ ...labels(2), ears: null });
    await settle();
    const s = useAtlasStore.getState();
    expect(s.atlasProgress).toBeNull();
    expect(s.atlasError).toBeNull();
    expect(s.layers.length).toBeGreaterThan(0);
    expect(notices()).toEqual([]);
    expect(unhandled).toEqual([]);
  });

  it('stops a run before its worker starts (a new load while the data loads): no worker for it at all', async () => {
    loaded('user-a', skinOf());
    const second = skinOf();
    loaded('user-a', second); // at once: the first run still waits for its data
    await workerNo(1);
    await settle();
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0].input!.skin.positions).toEqual(second.positions);
    FakeWorker.made[0].answer(done(3));
    await vi.waitFor(() => expect(useAtlasStore.getState().atlasStatus).toBe('ready'));
    expect(notices()).toEqual([]);
    expect(useAtlasStore.getState().atlasError).toBeNull();
    expect(unhandled).toEqual([]);
  });

  it('a stopped run on a skin that comes back hands the neuro layers the new run’s labels, neither failing nor computing them', async () => {
    const skin = skinOf();
    loaded('user-a', skin);
    const stoppedLabels = userNeuroSurfaces.get(skin)!;
    await workerNo(1);
    useAtlasStore.setState({ skin: null });
    loaded('user-a', skin); // the same skin again: a new run
    expect(FakeWorker.made[0].terminated).toBe(true);
    await workerNo(2);
    expect(userNeuroSurfaces.get(skin)).not.toBe(stoppedLabels);
    FakeWorker.made[1].answer(done(4));
    await expect(stoppedLabels).resolves.toEqual({ ...labels(4), ears: null });
    expect(unhandled).toEqual([]);
  });

  it('a stopped run whose skin is gone leaves its labels pending (no rejection), and a failure is still reported', async () => {
    const skin = skinOf();
    loaded('user-a', skin);
    const stoppedLabels = userNeuroSurfaces.get(skin)!;
    let settled = false;
    stoppedLabels.then(
      () => (settled = true),
      () => (settled = true),
    );
    await workerNo(1);
    const next = skinOf();
    loaded('user-a', next);
    await workerNo(2);
    await settle();
    expect(settled).toBe(false);
    FakeWorker.made[1].answer({ type: 'error', message: 'the skin has no triangles' });
    await vi.waitFor(() => expect(useAtlasStore.getState().atlasStatus).toBe('error'));
    expect(useAtlasStore.getState().atlasError).toMatch(/the skin has no triangles/);
    await expect(userNeuroSurfaces.get(next)).rejects.toThrow('the skin has no triangles');
    await settle();
    expect(unhandled).toEqual([]);
  });
});
