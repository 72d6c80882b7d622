import { BODY_IDS } from '../state/bodyUrls';
import { useAtlasStore } from '../state/store';

/** Switches between the bodies the app ships; every layer is recomputed on the chosen body. */
export function BodySwitch() {
  const bodyId = useAtlasStore((s) => s.bodyId);
  const setBody = useAtlasStore((s) => s.setBody);
  return (
    <div role="group" aria-label="Body" className="body-switch">
      {BODY_IDS.map((id) => (
        <button key={id} type="button" aria-pressed={bodyId === id} onClick={() => setBody(id)}>
          {id[0].toUpperCase() + id.slice(1)}
        </button>
      ))}
    </div>
  );
}
