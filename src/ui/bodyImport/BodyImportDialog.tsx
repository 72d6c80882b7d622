import { closeBodyImport, useBodyImport } from '../../state/bodyImportStore';
import { Dialog } from '../Dialog';
import { BodyFilePicker } from './BodyFilePicker';
import { BodyOrientation } from './BodyOrientation';
import { LandmarkPlacement } from './LandmarkPlacement';
import './bodyImport.css';

/** "Add your body": pick a mesh file, check how it stands, place the key landmarks, review, save. */
export function BodyImportDialog() {
  const { step, progress, error, body } = useBodyImport();
  return (
    <Dialog title="Add your body" onClose={closeBodyImport}>
      <div className="body-import">
        {error && (
          <p role="alert" className="body-import-error">
            {error}
          </p>
        )}
        {progress && (
          <p className="body-import-progress">
            <progress max={1} value={progress.done} aria-label={progress.stage} /> {progress.stage}…
          </p>
        )}
        {(step === 'pick' || !body) && <BodyFilePicker />}
        {step === 'orient' && body && <BodyOrientation body={body} busy={!!progress} />}
        {(step === 'place' || step === 'review') && body && (
          <LandmarkPlacement body={body} busy={!!progress} />
        )}
      </div>
    </Dialog>
  );
}
