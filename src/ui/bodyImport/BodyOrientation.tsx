import type { ImportedBody } from '../../bodyImport/importBody';
import { axisName, type OrientationTurn } from '../../core/calibration/orient';
import { BodyPreview } from '../../scene/BodyPreview';
import { startPlacing, turnBody } from '../../state/bodyImportStore';

const TURNS: [OrientationTurn, string][] = [
  ['pitch', 'Tip forward 90°'],
  ['roll', 'Lean sideways 90°'],
  ['yaw', 'Turn 90°'],
  ['flip', 'Turn to face the other way'],
];

/** What the import found (up, front, unit, height, warnings), a preview from the front, and the ways to correct it. */
export function BodyOrientation({ body, busy }: { body: ImportedBody; busy: boolean }) {
  const o = body.orientation;
  return (
    <div className="body-orient">
      <BodyPreview body={body} view="front" label="The imported body, seen from the front" />
      <div>
        <dl className="body-facts">
          <dt>Up</dt>
          <dd>the file’s {axisName(o.up)}</dd>
          <dt>Front</dt>
          <dd>the file’s {axisName(o.front)}</dd>
          <dt>Unit</dt>
          <dd>{o.unit === 'unknown' ? 'unknown' : o.unit}</dd>
          <dt>Height</dt>
          <dd>{body.stature.toFixed(2)} m</dd>
          <dt>Triangles</dt>
          <dd>{(body.skin.indices.length / 3).toLocaleString('en')}</dd>
        </dl>
        {body.warnings.length > 0 && (
          <ul className="body-warnings" aria-label="Warnings">
            {body.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
        <p>The preview shows the body from the front, standing. If it does not, turn it:</p>
        <div className="body-turns">
          {TURNS.map(([turn, text]) => (
            <button key={turn} type="button" disabled={busy} onClick={() => void turnBody(turn)}>
              {text}
            </button>
          ))}
        </div>
        <button type="button" className="primary" disabled={busy} onClick={startPlacing}>
          It stands and faces me: place the landmarks
        </button>
      </div>
    </div>
  );
}
