import { beforeAll, describe, expect, it } from 'vitest';
import { readBody, type BodyFiles } from '../../src/cli/bodyFiles';
import { resolvePoints } from '../../src/core/atlas';
import { distance, type Vec3 } from '../../src/core/vec';
import { atlasData } from '../../src/data';
import { createSurface } from '../../src/mesh/surface';

// Sifeng (EX-UE10) is four sites a fixed fraction of the way from the centre of the palm to each fingertip. The
// walk over the palm must not go round the back of the hand (the section's long way), which once put the ring
// finger's site 7 cm off, in the palm, on the female body.
describe('EX-UE10 on the palm side of each finger', () => {
  const fingers = { '2': 'index_tip', '3': 'middle_tip', '4': 'ring_tip', '5': 'little_tip' } as const;
  const bodies: Record<string, BodyFiles> = {};
  beforeAll(async () => {
    for (const id of ['female', 'male']) bodies[id] = await readBody(id);
  }, 60_000);

  it.each(['female', 'male'])(
    'lies by the skin under the straight line from the palm to its fingertip on the %s body',
    (id) => {
      const body = bodies[id];
      const surface = createSurface(body.meshes.skin);
      const point = atlasData.points.filter((p) => p.code === 'EX-UE10');
      const { sites, errors } = resolvePoints(surface, body.landmarks, point, { mirror: false });
      expect(errors).toEqual([]);
      const recipes = point[0].sites!;
      for (const s of sites) {
        const [key, side] = s.id.replace('EX-UE10:', '').split('.') as [keyof typeof fingers, 'L' | 'R'];
        const start = recipes.find((r) => r.key === key)!.recipe.start as { between: string[]; t: number };
        const palm = body.landmarks[`palm_centre.${side}`];
        const tip = body.landmarks[`${fingers[key]}.${side}`];
        const onLine: Vec3 = [0, 1, 2].map((k) => palm[k] + start.t * (tip[k] - palm[k])) as unknown as Vec3;
        const below = surface.closest(onLine, 0.05).point;
        // up to 17 mm today: the line's nearest skin may be the side of a neighbouring finger, and a finger is
        // 15–20 mm thick; the old walk round the back of the hand missed by 70 mm
        expect(distance(s.position, below), s.id).toBeLessThan(0.02);
      }
    },
  );
});
