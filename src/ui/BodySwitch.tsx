import { Fragment, lazy, Suspense, useEffect } from 'react';
import { openBodyImport, useBodyImport } from '../state/bodyImportStore';
import { BODY_IDS } from '../state/bodyUrls';
import { useAtlasStore } from '../state/store';
import { useUserBodies, watchUserBodies } from '../state/userBodies';
import { DeleteUserBodyButton } from './bodyImport/DeleteUserBodyButton';
import { ExportUserBodyButton } from './bodyImport/ExportUserBodyButton';
import { NeedsMeshButton } from './bodyImport/NeedsMeshButton';

// the import's code (three's file loaders, the dialog) is fetched when the user opens it
const BodyImportDialog = lazy(() =>
  import('./bodyImport/BodyImportDialog').then((m) => ({ default: m.BodyImportDialog })),
);

/** Switches between the shipped bodies and the user's own; every layer is recomputed on the chosen body. */
export function BodySwitch() {
  const bodyId = useAtlasStore((s) => s.bodyId);
  const setBody = useAtlasStore((s) => s.setBody);
  const mine = useUserBodies((s) => s.bodies);
  const importing = useBodyImport((s) => s.open);
  const frameReady = useAtlasStore((s) => s.frameReady);
  // the device storage opens after the first frame (it is its own chunk); no storage: only the shipped bodies
  useEffect(() => {
    if (frameReady) watchUserBodies().catch(() => undefined);
  }, [frameReady]);
  // a body waiting for its mesh file has its own Export and Delete beside it
  const shown = mine.find((b) => b.id === bodyId && !b.needsMesh);
  return (
    <div role="group" aria-label="Body" className="body-switch">
      {BODY_IDS.map((id) => (
        <button key={id} type="button" aria-pressed={bodyId === id} onClick={() => setBody(id)}>
          {id[0].toUpperCase() + id.slice(1)}
        </button>
      ))}
      {mine.map((b) =>
        b.needsMesh ? (
          // it cannot be shown until its file is given, so its Export and Delete stand beside it
          <Fragment key={b.id}>
            <NeedsMeshButton id={b.id} name={b.name} />
            <ExportUserBodyButton id={b.id} name={b.name} />
            <DeleteUserBodyButton id={b.id} name={b.name} />
          </Fragment>
        ) : (
          <button key={b.id} type="button" aria-pressed={bodyId === b.id} onClick={() => setBody(b.id)}>
            {b.name}
          </button>
        ),
      )}
      {shown && (
        <>
          <ExportUserBodyButton id={shown.id} name={shown.name} />
          <DeleteUserBodyButton id={shown.id} name={shown.name} />
        </>
      )}
      <button type="button" className="add-body" onClick={openBodyImport}>
        Add your body
      </button>
      {importing && (
        <Suspense fallback={null}>
          <BodyImportDialog />
        </Suspense>
      )}
    </div>
  );
}
