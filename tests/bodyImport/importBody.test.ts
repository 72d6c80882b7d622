import { beforeAll, describe, expect, it } from 'vitest';
import { encodeBodyGlb } from '../../src/body/glb';
import { importBody } from '../../src/bodyImport/importBody';
import { installNodeDom } from '../../src/bodyImport/nodeDom';
import { BodyFileError, MAX_BODY_FILE_BYTES, readMeshFile } from '../../src/bodyImport/readMeshFile';
import { readBody, type BodyFiles } from '../../src/cli/bodyFiles';

const text = (s: string) => new TextEncoder().encode(s);

describe('reading a body file', () => {
  let male: BodyFiles;
  beforeAll(async () => {
    installNodeDom();
    male = await readBody('male');
  });

  it('imports a GLB written by the project’s own generator, scaled to millimetres and lying on its back', async () => {
    const P = male.meshes.skin.positions as Float32Array;
    const file = new Float32Array(P.length);
    // body +Y (up) → file −Z, body +Z (front) → file +Y: the body lies face up along −Z; millimetres
    for (let i = 0; i < P.length; i += 3) {
      file[i] = P[i] * 1000;
      file[i + 1] = P[i + 2] * 1000;
      file[i + 2] = -P[i + 1] * 1000;
    }
    const indices = Uint32Array.from(male.meshes.skin.indices);
    const glb = await encodeBodyGlb([{ name: 'skin', mesh: { positions: file, indices }, color: [1, 1, 1] }]);
    const body = await importBody('scan.glb', glb);
    expect(body.orientation.up).toEqual([2, -1]);
    expect(body.orientation.front).toEqual([1, 1]);
    expect(body.orientation.unit).toBe('mm');
    expect(body.stature).toBeCloseTo(male.meta.stature, 2);
    expect(body.openEdges).toBe(0);
    expect(body.warnings).toEqual([]);
    // 14-bit quantization in the file collapses a few tiny triangles; they are dropped
    expect(body.skin.indices.length).toBeGreaterThan(indices.length * 0.999);
  });

  it('welds the parts of an OBJ where their corners coincide, and warns that the result is open', async () => {
    const obj = [
      'o a',
      'v 0 0 0',
      'v 1 0 0',
      'v 0 1.7 0',
      'f 1 2 3',
      'o b',
      'v 1 0 0',
      'v 1 1.7 0',
      'v 0 1.7 0',
      'f 4 5 6',
    ].join('\n');
    const raw = await readMeshFile('two.obj', text(obj));
    expect(raw.parts).toBe(2);
    expect(raw.positions.length / 3).toBe(4);
    expect(raw.indices.length).toBe(6);
    const body = await importBody('two.obj', text(obj));
    expect(body.openEdges).toBe(4);
    expect(body.warnings.join(' ')).toMatch(/not closed \(4 open edges\)/);
  });

  it.each([
    ['notes.txt', text('hello'), /not a body mesh/],
    ['broken.glb', text('glTF\u0002\u0000\u0000\u0000garbage that is not a GLB'), /could not be read as GLB/],
    ['empty.obj', text('# a scene with nothing in it\n'), /no triangle mesh/],
    [
      'empty.dae',
      text('<?xml version="1.0"?><COLLADA version="1.4.1"></COLLADA>'),
      /no triangle mesh|could not/,
    ],
    ['fake.dae', text('<html>not collada</html>'), /not a Collada document/],
    ['broken.zae', text('PK not a zip'), /not a readable zip/],
    ['nothing.glb', new Uint8Array(0), /is empty/],
  ])('refuses %s with a clear message', async (name, bytes, message) => {
    await expect(readMeshFile(name, bytes)).rejects.toThrow(BodyFileError);
    await expect(readMeshFile(name, bytes)).rejects.toThrow(message);
  });

  it('refuses a 200 MB file before reading it', async () => {
    const big = new Uint8Array(200 * 1024 * 1024);
    expect(big.byteLength).toBeGreaterThan(MAX_BODY_FILE_BYTES);
    await expect(readMeshFile('huge.obj', big)).rejects.toThrow(/200 MB; the limit is 150 MB/);
  });
});
