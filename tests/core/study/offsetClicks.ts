import type { SiteLocation } from '../../../src/core/sites';
import { walkDirection, walkTo } from '../../../src/core/skinWalk';
import {
  bcunMetres,
  locateScore,
  type LocateScore,
  type ScoreSegment,
} from '../../../src/core/study/locateScore';
import type { Surface } from '../../../src/core/surface';
import { cross, normalize, sub } from '../../../src/core/vec';

/** A click walked `k` B-cun from a site along its segment or across it, and the score it got. */
export interface OffsetClick {
  k: number;
  way: 'along' | 'across';
  score: LocateScore;
}

/**
 * Clicks 0, 1 and 2 B-cun of `seg` from the site, walked over the skin along the segment's axis and across it, each
 * scored over the skin. Across stops at `maxAcross`: on a narrow limb a longer walk reaches round its edge, where the
 * walk back takes another way.
 */
export function offsetClicks(
  surface: Surface,
  site: Pick<SiteLocation, 'position' | 'normal'>,
  seg: ScoreSegment,
  maxAcross = 2,
): OffsetClick[] {
  const unit = bcunMetres(seg);
  const axis = normalize(sub(seg.to, seg.from));
  const acrossDir = normalize(cross(axis, site.normal));
  const clicks: OffsetClick[] = [];
  for (const [dir, way] of [
    [axis, 'along'],
    [acrossDir, 'across'],
  ] as const) {
    for (const k of [0, 1, 2].filter((n) => way === 'along' || n <= maxAcross)) {
      const click = k === 0 ? site.position : walkDirection(surface, site.position, k * unit, dir).end;
      const score = locateScore(click, site.position, seg, {
        overSkin: walkTo(surface, site.position, click).length,
      });
      clicks.push({ k, way, score });
    }
  }
  return clicks;
}
