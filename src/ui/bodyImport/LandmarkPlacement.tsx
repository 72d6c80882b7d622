import type { ImportedBody } from '../../bodyImport/importBody';
import { KEY_LANDMARKS } from '../../core/calibration/keyLandmarks';
import { BodyPreview } from '../../scene/BodyPreview';
import {
  calibrateBody,
  goToLandmark,
  placeLandmark,
  undoLandmark,
  useBodyImport,
} from '../../state/bodyImportStore';
import { shippedBodies } from '../../state/shippedBodies';
import { CalibrationReview } from './CalibrationReview';
import { LandmarkPicture } from './LandmarkPicture';
import { landmarkTitle } from './landmarkWords';
import { useReferenceLandmarks } from './useReferenceLandmarks';
import { scale } from '../../core/vec';

/**
 * The guided calibration: one key landmark at a time, with where to find it and a picture; a click on the skin
 * places it, a drag of its marker moves it. Any landmark can be gone back to from the list.
 */
export function LandmarkPlacement({ body, busy }: { body: ImportedBody; busy: boolean }) {
  const { placed, current, calibration } = useBodyImport();
  const key = KEY_LANDMARKS[current];
  const count = Object.keys(placed).length;
  const all = count === KEY_LANDMARKS.length;
  const lm = useReferenceLandmarks();
  // the view first looks where the landmark is on the shipped body, scaled to this one's height
  const ref = lm?.[key.name];
  const focus = ref && lm.vertex ? scale(ref, body.stature / lm.vertex[1]) : undefined;
  return (
    <div className="body-orient">
      <BodyPreview
        body={body}
        view={key.view}
        focus={focus}
        marks={calibration ? { ...calibration.landmarks, ...placed } : placed}
        current={key.name}
        onPick={busy ? undefined : placeLandmark}
        label={`The imported body: click on the skin to place the ${landmarkTitle(key.name)}`}
      />
      <div>
        <h3 aria-live="polite">
          {current + 1} of {KEY_LANDMARKS.length}: {landmarkTitle(key.name)}
          {placed[key.name] ? ' (placed: click again or drag it to move it)' : ''}
        </h3>
        <p>{key.how}</p>
        <LandmarkPicture landmark={key} lm={lm} />
        <div className="body-turns">
          <button type="button" onClick={() => goToLandmark(current - 1)} disabled={current === 0}>
            Back
          </button>
          <button type="button" onClick={undoLandmark} disabled={count === 0}>
            Undo
          </button>
          <button
            type="button"
            onClick={() => goToLandmark(current + 1)}
            disabled={current === KEY_LANDMARKS.length - 1}
          >
            Skip for now
          </button>
        </div>
        <details className="landmark-list">
          <summary>
            {count} of {KEY_LANDMARKS.length} placed: review any landmark
          </summary>
          <ol>
            {KEY_LANDMARKS.map((k, i) => (
              <li key={k.name}>
                <button type="button" aria-current={i === current} onClick={() => goToLandmark(i)}>
                  {placed[k.name] ? '✓ ' : ''}
                  {landmarkTitle(k.name)}
                </button>
              </li>
            ))}
          </ol>
        </details>
        {all && !calibration && (
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void calibrateBody(shippedBodies)}
          >
            Calibrate: carry every landmark onto this body
          </button>
        )}
        {calibration && <CalibrationReview calibration={calibration} busy={busy} />}
      </div>
    </div>
  );
}
