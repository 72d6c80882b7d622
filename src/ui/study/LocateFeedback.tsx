import type { LocateAnswer } from '../../core/study/locateScore';
import { expertArea, measuredWithoutFigure } from '../../state/expertAreas';
import { useAtlasStore } from '../../state/store';
import { useStudyStore } from '../../state/study/studyStore';

const f2 = (n: number) => n.toFixed(2);

/**
 * How far a locate answer was: the distance in B-cun of the segment the site is measured on and in mm, along and
 * across that segment; the ruler the site is found by (drawn on the body); and the experts' spread where published.
 */
export function LocateFeedback({ code, answer }: { code: string; answer: LocateAnswer }) {
  const tolerance = useStudyStore((s) => s.tolerance);
  const setOpenSource = useAtlasStore((s) => s.setOpenSource);
  const area = expertArea(code);
  const { score } = answer;
  const seg = score.segment;
  // the segment runs from its first landmark to its second (seg.label reads "A → B")
  const way = score.along >= 0 ? 'toward its second landmark' : 'toward its first landmark';
  return (
    <div className="study-feedback" data-testid="study-feedback">
      <p
        className={score.right ? 'study-right' : 'study-wrong'}
        data-testid="study-score"
        data-bcun={score.bcun.toFixed(3)}
        data-right={score.right}
      >
        <strong>{f2(score.bcun)} B-cun</strong> ({Math.round(score.mm)} mm) from the true site:{' '}
        {score.right ? 'right' : 'not'} within {tolerance} B-cun.
      </p>
      <p>
        Off by {f2(Math.abs(score.along))} B-cun along the segment ({way}) and {f2(score.across)} B-cun across
        it.
      </p>
      <p>
        Measured in B-cun of <em>{seg.label}</em>
        {answer.byRegion &&
          ' (the region’s segment: this site is found from landmarks alone, without measuring B-cun)'}
        : {seg.cun} B-cun = {Math.round(seg.metres * 1000)} mm on this body, so 1 B-cun ={' '}
        {((seg.metres / seg.cun) * 1000).toFixed(1)} mm.
      </p>
      <p data-testid="study-marks">
        The green dot is the true site ({answer.siteId}), the red one your click
        {answer.byRegion ? '.' : '; the ruler on the body shows how the site is found.'}
      </p>
      {area ? (
        <p data-testid="study-expert-area">
          Experts disagree too: 95 % of qualified practitioners’ sites for {code} fell within {area.areaCm2}{' '}
          cm² (the violet ring).
          {area.sources.map((s) => (
            <span key={s.id}>
              {' '}
              <button type="button" className="link" onClick={() => setOpenSource(s)}>
                [source{s.locator ? `, ${s.locator}` : ''}]
              </button>
            </span>
          ))}
        </p>
      ) : (
        <p className="muted" data-testid="study-expert-area">
          {measuredWithoutFigure(code)
            ? `A study measured how far practitioners disagree on ${code}, but its figure for this point is not in the atlas, so no area is drawn.`
            : `No study of how far practitioners disagree on ${code} is in the atlas, so no area is drawn.`}
        </p>
      )}
    </div>
  );
}
