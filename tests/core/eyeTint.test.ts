import { describe, expect, it } from 'vitest';
import { BufferAttribute, BufferGeometry } from 'three';
import { FACE } from '../../src/body/parts/face';
import { eyeTint } from '../../src/core/eyeTint';
import { readBody } from '../../src/cli/bodyFiles';

describe('the eye paint', () => {
  it('paints the iris and the pupil round the pupil, not the lids in front nor skin facing away', () => {
    const positions = [
      [0, 0, 0], // the pupil itself
      [0.003, 0, -0.0005], // on the iris
      [0.007, 0, -0.002], // beyond the iris
      [0.003, 0, 0.003], // a lid, 3 mm in front of the cornea
      [0, 0.003, 0], // on the iris, but facing up (a lid margin)
    ].flat();
    const normals = [0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1, 0];
    const t = eyeTint(positions, normals, [[0, 0, 0]])!;
    expect([...t.iris]).toEqual([1, 1, 0, 0, 0]);
    expect([...t.pupil]).toEqual([1, 0, 0, 0, 0]);
  });

  it('paints nothing on a body without pupils', () => {
    expect(eyeTint([0, 0, 0], [0, 0, 1], [])).toBeNull();
  });

  it.each(['female', 'male'])('paints the %s eyes inside their openings, not on the lids', async (id) => {
    const body = await readBody(id);
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(body.meshes.skin.positions, 3));
    geometry.setIndex(new BufferAttribute(Uint32Array.from(body.meshes.skin.indices), 1));
    geometry.computeVertexNormals();
    const pupils = [body.landmarks['pupil.L'], body.landmarks['pupil.R']];
    const t = eyeTint(body.meshes.skin.positions, geometry.getAttribute('normal').array, pupils)!;
    const pos = body.meshes.skin.positions;
    const lm = body.landmarks;
    // the opening as the generator cuts it (src/body/parts/face.ts): an almond between the canthi, reaching 6.4 mm × s
    // above the pupil's level and 4.6 mm × s below, with s the face's scale read from the canthi
    const s = (lm['outer_canthus.L'][0] - lm['inner_canthus.L'][0]) / (FACE.canthusOut - FACE.canthusIn);
    const painted = { L: 0, R: 0 };
    const outside: string[] = [];
    for (let v = 0; v < t.iris.length; v++) {
      if (t.iris[v] < 0.5) continue;
      const side = pos[v * 3] > 0 ? 'L' : 'R';
      painted[side]++;
      const inner = lm[`inner_canthus.${side}`];
      const outer = lm[`outer_canthus.${side}`];
      const dx = (pos[v * 3] - (inner[0] + outer[0]) / 2) / Math.abs((outer[0] - inner[0]) / 2);
      const dy = pos[v * 3 + 1] - lm[`pupil.${side}`][1];
      const e = dx * dx + (dy / (dy > 0 ? 0.0064 * s : 0.0046 * s)) ** 2;
      if (e > 1) outside.push(`${side} ${(dy * 1000).toFixed(1)} mm`);
    }
    expect(painted.L).toBeGreaterThan(15);
    expect(Math.abs(painted.L - painted.R)).toBeLessThanOrEqual(0.2 * painted.L);
    expect(outside).toEqual([]);
  });
});
