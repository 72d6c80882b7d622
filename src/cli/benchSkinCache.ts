import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MeshArrays } from '../core/surface';
import { ROOT } from './bodyFiles';

/** Where the bench keeps its subdivided skins: outside the sources, never committed (node_modules is ignored). */
export const BENCH_CACHE = join(ROOT, 'node_modules/.cache/pointatlas-bench');

/** A skin read from or written to the cache, with how long it took to make when it was made. */
export interface CachedSkin {
  skin: MeshArrays;
  /** Milliseconds the subdivision took when the cached file was made. */
  madeIn: number;
}

/**
 * The cache file of `input` subdivided `iterations` times: keyed by the input's size and modification time and by
 * the subdivision library's version, so a changed mesh or library makes a new file instead of reusing a stale one.
 */
export function cachePath(input: string, iterations: number): string {
  const { size, mtimeMs } = statSync(input);
  const library = JSON.parse(
    readFileSync(join(ROOT, 'node_modules/three-subdivide/package.json'), 'utf8'),
  ) as { version: string };
  const name = input.replace(/^.*\//, '').replace(/\W/g, '_');
  return join(
    BENCH_CACHE,
    `${name}-${size}-${Math.round(mtimeMs)}-loop${iterations}-v${library.version}.bin`,
  );
}

// file layout: a little-endian header of three numbers (vertex count, index count, milliseconds taken), then the
// positions (float32) and the indices (uint32)
const HEADER = 3 * 8;

/** The cached skin at `path`, or null when there is none (or it is cut short). */
export function readCachedSkin(path: string): CachedSkin | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  if (bytes.length < HEADER) return null;
  const head = new Float64Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + HEADER));
  const [floats, ints, madeIn] = head;
  if (bytes.length !== HEADER + 4 * (floats + ints)) return null;
  const body = bytes.buffer.slice(bytes.byteOffset + HEADER, bytes.byteOffset + bytes.length);
  return {
    skin: {
      positions: new Float32Array(body, 0, floats),
      indices: new Uint32Array(body, 4 * floats, ints),
    },
    madeIn,
  };
}

/** Writes the skin to `path` (through a temporary file, so an interrupted run leaves no half-written cache). */
export function writeCachedSkin(path: string, skin: MeshArrays, madeIn: number): void {
  mkdirSync(BENCH_CACHE, { recursive: true });
  const positions = Float32Array.from(skin.positions);
  const indices = Uint32Array.from(skin.indices);
  const head = new Float64Array([positions.length, indices.length, madeIn]);
  const partial = `${path}.partial`;
  writeFileSync(
    partial,
    Buffer.concat([Buffer.from(head.buffer), Buffer.from(positions.buffer), Buffer.from(indices.buffer)]),
  );
  renameSync(partial, path);
}
