import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveKeyPoints } from '../core/dermatomeKeyPoints';
import { DERMATOME_MAP_SOURCE, labelDermatomes, labelNames } from '../core/dermatomes';
import type { Surface } from '../core/surface';
import type { Vec3 } from '../core/vec';
import { neuroData } from '../data/neuro';
import { EarMapFileSchema, type EarMapFile } from '../schema/earMap';
import { ROOT, type BodyFiles } from './bodyFiles';
import { buildEarMap } from './earMapBuild';

const round = (v: readonly number[]) => v.map((x) => Math.round(x * 1e5) / 1e5);

/** A body's ear map: the shipped file, else built now from the ear generator (a few seconds). */
export function earMapOf(body: BodyFiles): EarMapFile {
  const file = join(ROOT, 'models', `body-${body.meta.id}.ear-map.json`);
  if (existsSync(file)) return EarMapFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return buildEarMap(body, neuroData.auricular).map;
}

/**
 * What the export adds for the dermatome and auricular layers: `dermatomes.json` (contracts §3) and the
 * points.json entries of the ISNCSCI key points (layer `dermatome-key`) and the ear points (layer `auricular`).
 * `earSites` are the body's ear map's sites unless given (a user's body carries them over from a shipped one).
 */
export function neuroExport(
  body: BodyFiles,
  skin: Surface,
  earSites: Record<string, { position: Vec3; normal: Vec3 }> = earMapOf(body).sites,
) {
  const positions = body.meshes.skin.positions as Float32Array;
  const labels = labelDermatomes(positions, body.landmarks, body.meshes.skin.indices);
  const vertices: number[][] = [];
  for (let i = 0; i < positions.length; i += 3)
    vertices.push(round([positions[i], positions[i + 1], positions[i + 2]]));
  const dermatomes = {
    schemaVersion: 1,
    body: body.meta.id,
    map: DERMATOME_MAP_SOURCE,
    vertices,
    labels: labelNames(labels),
  };
  const keys = resolveKeyPoints(skin, body.landmarks, neuroData.keyPoints);
  if (keys.errors.length) throw new Error(`key points failed to resolve, first: ${keys.errors[0]}`);
  const keyPoints = keys.sites.map((s) => ({
    id: s.id,
    code: s.code,
    layer: 'dermatome-key',
    side: s.side,
    surface: 'body' as const,
    position: round(s.position),
    normal: round(s.normal),
    sources: neuroData.keyPoints.find((k) => k.code === s.code)!.sources.map((r) => r.id),
  }));
  const earPoints = neuroData.auricular.points.flatMap((p) =>
    (['L', 'R'] as const).map((side) => {
      const site = earSites[`${p.code}.${side}`];
      if (!site)
        throw new Error(
          `the ear map of "${body.meta.id}" has no site ${p.code}.${side}: run npm run ear-map`,
        );
      return {
        id: `${p.code}.${side}`,
        code: p.code,
        layer: 'auricular',
        side,
        surface: 'ear' as const,
        position: round(site.position),
        normal: round(site.normal),
        sources: p.sources.map((r) => r.id),
      };
    }),
  );
  return { dermatomes, points: [...keyPoints, ...earPoints] };
}
