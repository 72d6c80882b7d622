import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeIO } from '@gltf-transform/core';
import { ALL_EXTENSIONS } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import { beforeAll, describe, expect, it } from 'vitest';
import { listBodies, ROOT } from '../../src/cli/bodyFiles';
import { decodeBodyGlb } from '../../src/mesh/glb';

const bodies = listBodies();
const arrayBufferOf = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

beforeAll(async () => {
  await MeshoptDecoder.ready;
});

describe.each(bodies)('decodeBodyGlb on the %s body', (id) => {
  it('gives the same meshes, in metres, as glTF-Transform reads them', async () => {
    const file = join(ROOT, 'models', `body-${id}.glb`);
    const ours = decodeBodyGlb(arrayBufferOf(readFileSync(file)), MeshoptDecoder);
    const io = new NodeIO()
      .registerExtensions(ALL_EXTENSIONS)
      .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
    const doc = await io.read(file);
    const names = doc
      .getRoot()
      .listMeshes()
      .map((m) => m.getName());
    expect(Object.keys(ours).sort()).toEqual([...names].sort());
    expect(names).toContain('skin');
    for (const node of doc.getRoot().listNodes()) {
      const mesh = node.getMesh();
      if (!mesh) continue;
      const prim = mesh.listPrimitives()[0];
      const mine = ours[mesh.getName()];
      expect(Array.from(mine.indices)).toEqual(Array.from(prim.getIndices()!.getArray()!));
      const pos = prim.getAttribute('POSITION')!;
      const m = node.getWorldMatrix();
      const v = [0, 0, 0];
      let worst = 0;
      for (let i = 0; i < pos.getCount(); i++) {
        pos.getElement(i, v);
        for (let k = 0; k < 3; k++) {
          const want = m[k] * v[0] + m[4 + k] * v[1] + m[8 + k] * v[2] + m[12 + k];
          worst = Math.max(worst, Math.abs(mine.positions[i * 3 + k] - want));
        }
      }
      expect(worst).toBeLessThan(1e-6);
    }
  });
});

describe('decodeBodyGlb on bad input', () => {
  it('names what is wrong instead of drawing garbage', () => {
    expect(() => decodeBodyGlb(new ArrayBuffer(8), MeshoptDecoder)).toThrow(/not a GLB/);
    const text = new TextEncoder().encode('<!doctype html><title>404</title>');
    expect(() => decodeBodyGlb(text.buffer, MeshoptDecoder)).toThrow(/not a GLB/);
    // a valid header with a JSON chunk but no binary chunk
    const json = new TextEncoder().encode('{"asset":{"version":"2.0"}}  ');
    const buf = new ArrayBuffer(12 + 8 + json.length);
    const dv = new DataView(buf);
    dv.setUint32(0, 0x46546c67, true);
    dv.setUint32(4, 2, true);
    dv.setUint32(8, buf.byteLength, true);
    dv.setUint32(12, json.length, true);
    dv.setUint32(16, 0x4e4f534a, true);
    new Uint8Array(buf, 20).set(json);
    expect(() => decodeBodyGlb(buf, MeshoptDecoder)).toThrow(/no binary chunk/);
  });

  it('refuses a truncated file', () => {
    const bytes = readFileSync(join(ROOT, 'models', `body-${bodies[0]}.glb`));
    const cut = arrayBufferOf(bytes).slice(0, 4000);
    expect(() => decodeBodyGlb(cut, MeshoptDecoder)).toThrow();
  });
});
