import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { resolveAtlas } from '../src/core/atlas';
import { simplifyPath } from '../src/core/simplifyPath';
import type { Vec3 } from '../src/core/vec';
import { LandmarksFileSchema } from '../src/schema/landmarks';
import { nerveSitesForCache } from './nptCache';

/**
 * Build-time atlas: resolves every point and channel line on each shipped body while Vite builds (or on first request
 * in dev), from the same data, engine and models the app ships, so the browser draws the first frame without running
 * the engine. Modules: `virtual:atlas-cache` (which bodies, lazy loaders), `…/<id>/sites` (positions, normals,
 * lifted channel lines) and `…/<id>/derivations` (the steps behind each site, for the cun ruler).
 */
const ID = 'virtual:atlas-cache';
const LINE_LIFT_M = 0.0025;
const LINE_TOLERANCE_M = 0.0015;
const r5 = (v: readonly number[]) => v.map((x) => Math.round(x * 1e5) / 1e5);

async function readSkin(root: string, id: string) {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.read(join(root, 'models', `body-${id}.glb`));
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    if (!mesh || (mesh.getName() || node.getName()) !== 'skin') continue;
    const prim = mesh.listPrimitives()[0];
    const pos = prim.getAttribute('POSITION')!;
    const m = node.getWorldMatrix();
    const positions = new Float32Array(pos.getCount() * 3);
    const v = [0, 0, 0];
    for (let i = 0; i < pos.getCount(); i++) {
      pos.getElement(i, v);
      for (let k = 0; k < 3; k++)
        positions[i * 3 + k] = m[k] * v[0] + m[4 + k] * v[1] + m[8 + k] * v[2] + m[12 + k];
    }
    return { positions, indices: Uint32Array.from(prim.getIndices()!.getArray()!) };
  }
  throw new Error(`models/body-${id}.glb has no "skin" mesh`);
}

async function computeBody(root: string, id: string) {
  const { atlasData } = await import('../src/data/index');
  const { readFileSync } = await import('node:fs');
  const lm = LandmarksFileSchema.parse(
    JSON.parse(readFileSync(join(root, 'models', `body-${id}.landmarks.json`), 'utf8')),
  ).landmarks as Record<string, Vec3>;
  const r = resolveAtlas(await readSkin(root, id), lm, atlasData.points);
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
  return { sites: { sites, lines, errors: [...r.errors, ...npt.errors], info }, derivations };
}

export function atlasCachePlugin(): Plugin {
  let root = process.cwd();
  const cache = new Map<string, ReturnType<typeof computeBody>>();
  const bodies = () =>
    existsSync(join(root, 'models'))
      ? readdirSync(join(root, 'models'))
          .map((f) => /^body-([a-z0-9-]+)\.glb$/.exec(f)?.[1])
          .filter((x): x is string => !!x && existsSync(join(root, 'models', `body-${x}.landmarks.json`)))
      : [];
  const body = (id: string) => {
    if (!cache.has(id)) cache.set(id, computeBody(root, id));
    return cache.get(id)!;
  };
  return {
    name: 'pointatlas-atlas-cache',
    configResolved(c) {
      root = c.root;
    },
    resolveId: (id) => (id.startsWith(ID) ? `\0${id}` : undefined),
    async load(id) {
      if (!id.startsWith(`\0${ID}`)) return undefined;
      const rest = id.slice(ID.length + 2);
      if (rest === '') {
        const entries = bodies().map(
          (b) =>
            `${JSON.stringify(b)}: { sites: () => import('${ID}/${b}/sites'), derivations: () => import('${ID}/${b}/derivations') }`,
        );
        return `export const cachedBodies = { ${entries.join(',\n')} };`;
      }
      const [b, part] = rest.split('/');
      for (const f of readdirSync(join(root, 'data', 'points')))
        this.addWatchFile(join(root, 'data', 'points', f));
      this.addWatchFile(join(root, 'data', 'nerve-sites.json'));
      this.addWatchFile(join(root, 'models', `body-${b}.glb`));
      const result = await body(b);
      const json = JSON.stringify(part === 'sites' ? result.sites : result.derivations);
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
    handleHotUpdate({ file }) {
      if (file.includes('/data/') || file.includes('/models/')) cache.clear();
    },
  };
}
