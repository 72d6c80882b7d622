import { questionView, type ViewPose } from '../../core/study/questionView';
import { regionSegment, scoreSegment, type ScoreSegment } from '../../core/study/locateScore';
import type { ResolvedSite } from '../../core/sites';
import type { Region } from '../../schema/point';
import { keySitesOf } from '../keySites';
import { useAtlasStore } from '../store';
import { useStudyStore } from './studyStore';

/** A site a locate or name question can be about: a channel point, an extra point, a nerve site or a key point. */
export type StudySite = Pick<ResolvedSite, 'id' | 'code' | 'side' | 'position' | 'normal' | 'derivation'>;

/** Every site of an item on the body shown: the atlas's resolved sites and the key points of the neuro layers. */
export function studySites(code: string): StudySite[] {
  const { resolved, skin } = useAtlasStore.getState();
  const sites: StudySite[] = (resolved?.sites ?? []).filter((s) => s.code === code);
  return sites.length > 0 ? sites : keySitesOf(skin).filter((s) => s.code === code);
}

/** The segment an item's sites fall back on when a site's own derivation measured nothing. */
export function fallbackSegment(code: string): ScoreSegment | undefined {
  const { landmarks } = useAtlasStore.getState();
  const item = useStudyStore.getState().items.find((i) => i.code === code);
  return item && landmarks
    ? regionSegment(item.measureRegion ?? (item.region as Region), landmarks)
    : undefined;
}

/**
 * The site a question shows (the left or midline one) and the segment its B-cun are measured on: the one its
 * derivation names, else its region's (a site that lies on a landmark measured nothing).
 */
export function questionSite(code: string): { site: StudySite; segment?: ScoreSegment } | undefined {
  const site = studySites(code).find((s) => s.side !== 'R');
  if (!site) return undefined;
  return { site, segment: scoreSegment(site.derivation) ?? fallbackSegment(code) };
}

/** The camera pose of a locate question about `code` (see questionView), if its site and segment are known. */
export function questionPose(code: string): ViewPose | undefined {
  const asked = questionSite(code);
  if (!asked?.segment) return undefined;
  return questionView(asked.site.position, asked.site.normal, asked.segment.from, asked.segment.to);
}
