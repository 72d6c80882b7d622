import { useState } from 'react';
import type { CalibrationResult } from '../../bodyImport/importSession';
import { KEY_LANDMARK_NAMES } from '../../core/calibration/keyLandmarks';
import { landmarkKey } from '../../core/refs';
import { UNIT_SEGMENTS } from '../../core/units';
import { closeBodyImport, goToLandmark, useBodyImport } from '../../state/bodyImportStore';
import { storageMessage } from '../../state/storageMessage';
import { useAtlasStore } from '../../state/store';
import { saveUserBody } from '../../state/userBodies';
import { landmarkTitle } from './landmarkWords';

const percent = (x: number) => `${x > 0 ? '+' : '−'}${Math.abs(Math.round(x * 100))} %`;

/**
 * The calibration's outcome: the proportional segments that look wrong (each with a way to its landmarks), the
 * body's name, and Save, which keeps it on this device and shows it with every layer.
 */
export function CalibrationReview({ calibration, busy }: { calibration: CalibrationResult; busy: boolean }) {
  const { file, body } = useBodyImport();
  const [name, setName] = useState(() => (file?.name ?? 'My body').replace(/\.[a-z]+$/i, ''));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (!file || !body) return;
    setSaving(true);
    setError(null);
    try {
      const id = await saveUserBody(name.trim() || 'My body', file, body, calibration);
      useAtlasStore.getState().setBody(id);
      closeBodyImport();
    } catch (e) {
      setError(storageMessage(e));
      setSaving(false);
    }
  };
  return (
    <section className="calibration-review" aria-label="Calibration">
      <p>
        Every landmark was carried over from the {calibration.source} body
        {calibration.flags.length === 0 ? '; every proportional segment is in keeping with the body.' : '.'}
      </p>
      {calibration.flags.length > 0 && (
        <ul className="body-warnings" aria-label="Segments out of proportion">
          {calibration.flags.map((f) => {
            const seg = UNIT_SEGMENTS[f.unit as keyof typeof UNIT_SEGMENTS];
            const ends = [seg.from, seg.to].map((n) => landmarkKey(n, f.side));
            const key = KEY_LANDMARK_NAMES.findIndex((n) => ends.includes(n));
            return (
              <li key={`${f.unit}-${f.side}`}>
                {f.label}
                {f.side !== 'M' ? ` (${f.side === 'L' ? 'left' : 'right'})` : ''} is {percent(f.off)} off the
                body’s proportions: a landmark at one of its ends may be misplaced.
                {key >= 0 && (
                  <button type="button" className="link" onClick={() => goToLandmark(key)}>
                    Review {landmarkTitle(KEY_LANDMARK_NAMES[key])}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <label>
        Name <input value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
      </label>
      {error && <p role="alert">{error}</p>}
      <button type="button" className="primary" disabled={busy || saving} onClick={() => void save()}>
        {saving ? 'Saving…' : 'Save this body and show every layer on it'}
      </button>
    </section>
  );
}
