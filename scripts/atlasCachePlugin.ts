import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { resolveAtlas } from '../src/core/atlas';
import { encodeLabels } from '../src/core/labelCodec';
import { neuroSurface } from '../src/core/neuroSurface';
import { simplifyPath } from '../src/core/simplifyPath';
import type { Vec3 } from '../src/core/vec';
import { createSurface } from '../src/mesh/surface';
import { listBodies, readBody } from '../src/cli/bodyFiles';
import { jsonModule } from './jsonModule';
import { nerveSitesForCache } from './nptCache';

/**
 * Build-time atlas: resolves every point and channel line on each shipped body while Vite builds (or on first request
 * in dev), from the same data, engine and models the app ships, so the browser draws the first frame without running
 * the engine. Modules: `virtual:atlas-cache` (which bodies, lazy loaders), `…/<id>/sites` (positions, normals,
 * lifted channel lines), `…/<id>/derivations` (the steps behind each site, for the cun ruler) and `…/<id>/neuro`
 * (dermatome and NRT zone of every skin vertex, key sensory points). Each loader fetches its JSON file on call in a
 * build and fetches again after a failure (scripts/jsonModule.ts).
 */
const ID = 'virtual:atlas-cache';
const LINE_LIFT_M = 0.0025;
const LINE_TOLERANCE_M = 0.0015;
const r5 = (v: readonly number[]) => v.map((x) => Math.round(x * 1e5) / 1e5);
/**
 * Every non-integer number in a JSON value rounded to 5 decimals (0.01 mm in metres, far below what is drawn): the
 * derivations at full float64 precision were half again as large on the wire.
 */
export const roundDeep = (v: unknown): unknown =>
  typeof v === 'number'
    ? Number.isInteger(v)
      ? v
      : Math.round(v * 1e5) / 1e5
    : Array.isArray(v)
      ? v.map(roundDeep)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, roundDeep(x)]))
        : v;

async function computeBody(root: string, id: string) {
  const { atlasData } = await import('../src/data/index');
  const body = await readBody(id, root);
  const lm = body.landmarks;
  const r = resolveAtlas(createSurface(body.meshes.skin), lm, atlasData.points);
  const lift = (p: Vec3): number[] => {
    const n = r.surface.closest(p, 0.02).normal;
    return r5([p[0] + n[0] * LINE_LIFT_M, p[1] + n[1] * LINE_LIFT_M, p[2] + n[2] * LINE_LIFT_M]);
  };
  const sites = r.sites.map((s) => ({
    id: s.id,
    code: s.code,
    ...(s.key ? { key: s.key } : {}),
    side: s.side,
    layer: s.layer,
    surface: s.surface,
    sources: s.sources,
    position: r5(s.position),
    normal: r5(s.normal),
  }));
  const lines = r.lines.map((l) => ({
    channel: l.channel,
    side: l.side,
    path: simplifyPath(l.path, LINE_TOLERANCE_M).map(lift),
  }));
  const derivations = Object.fromEntries(
    r.sites.map((s) => [s.id, { derivation: s.derivation, alternative: s.alternative }]),
  );
  // Nerve exit sites (NPT layer) join the acupoints: same engine, same modules.
  const npt = nerveSitesForCache(r.surface, lm, atlasData.points, lift, r5);
  sites.push(...(npt.sites as typeof sites));
  Object.assign(derivations, npt.derivations);
  // What the layers need to draw (channel colours, point names) without loading and validating all the data first.
  const info = {
    channels: atlasData.channels,
    names: Object.fromEntries(
      atlasData.points.map((p) => [p.code, { pinyin: p.pinyin, channel: p.channel }]),
    ),
  };
  // The dermatome and NRT labels of every skin vertex and the key sensory points (the neuro layers).
  const { neuroData } = await import('../src/data/neuro');
  const n = neuroSurface(
    body.meshes.skin,
    lm,
    { keyPoints: neuroData.keyPoints, backZones: neuroData.nrt.backZones },
    r.surface,
  );
  const neuro = {
    dermatomes: encodeLabels(n.dermatomes),
    nrtZones: encodeLabels(n.nrtZones),
    keySites: n.keySites.map((k) => ({ ...k, position: r5(k.position), normal: r5(k.normal) })),
    errors: n.errors,
  };
  return {
    sites: { sites, lines, errors: [...r.errors, ...npt.errors], info },
    derivations: roundDeep(derivations),
    neuro,
  };
}

export function atlasCachePlugin(): Plugin {
  let root = process.cwd();
  let build: { base: string } | null = null;
  const cache = new Map<string, ReturnType<typeof computeBody>>();
  const bodies = () => listBodies(root);
  const body = (id: string) => {
    if (!cache.has(id)) cache.set(id, computeBody(root, id));
    return cache.get(id)!;
  };
  return {
    name: 'pointatlas-atlas-cache',
    configResolved(c) {
      root = c.root;
      build = c.command === 'build' ? { base: c.base } : null;
    },
    resolveId: (id) => (id.startsWith(ID) ? `\0${id}` : undefined),
    async load(id) {
      if (!id.startsWith(`\0${ID}`)) return undefined;
      const rest = id.slice(ID.length + 2);
      if (rest === '') {
        const entries = bodies().map(
          (b) =>
            `${JSON.stringify(b)}: { sites: () => import('${ID}/${b}/sites').then((m) => m.load()), derivations: () => import('${ID}/${b}/derivations').then((m) => m.load()), neuro: () => import('${ID}/${b}/neuro').then((m) => m.load()) }`,
        );
        return `export const cachedBodies = { ${entries.join(',\n')} };`;
      }
      const [b, part] = rest.split('/');
      for (const f of readdirSync(join(root, 'data', 'points')))
        this.addWatchFile(join(root, 'data', 'points', f));
      this.addWatchFile(join(root, 'data', 'nerve-sites.json'));
      this.addWatchFile(join(root, 'models', `body-${b}.glb`));
      const result = await body(b);
      const parts = { sites: result.sites, derivations: result.derivations, neuro: result.neuro };
      if (!(part in parts)) throw new Error(`unknown atlas cache module ${rest}`);
      return jsonModule(this, build, `${part}-${b}`, parts[part as keyof typeof parts]);
    },
    handleHotUpdate({ file }) {
      if (file.includes('/data/') || file.includes('/models/')) cache.clear();
    },
  };
}
