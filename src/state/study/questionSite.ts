import { questionView, type ViewPose } from '../../core/study/questionView';
import { regionSegment, scoreSegment, type ScoreSegment } from '../../core/study/locateScore';
import type { ResolvedSite } from '../../core/sites';
import type { Region } from '../../schema/point';
import { useAtlasStore } from '../store';
import { useStudyStore } from './studyStore';

/**
 * The site a question shows (the left or midline one) and the segment its B-cun are measured on: the one its
 * derivation names, else its region's (a site that lies on a landmark measured nothing).
 */
export function questionSite(code: string): { site: ResolvedSite; segment?: ScoreSegment } | undefined {
  const { resolved, landmarks } = useAtlasStore.getState();
  const site = resolved?.sites.find((s) => s.code === code && s.side !== 'R');
  if (!site) return undefined;
  const item = useStudyStore.getState().items.find((i) => i.code === code);
  const segment =
    scoreSegment(site.derivation) ??
    (item && landmarks ? regionSegment(item.measureRegion ?? (item.region as Region), landmarks) : undefined);
  return { site, segment };
}

/** The camera pose of a locate question about `code` (see questionView), if its site and segment are known. */
export function questionPose(code: string): ViewPose | undefined {
  const asked = questionSite(code);
  if (!asked?.segment) return undefined;
  return questionView(asked.site.position, asked.site.normal, asked.segment.from, asked.segment.to);
}
