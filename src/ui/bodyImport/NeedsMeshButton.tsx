import { useRef, useState } from 'react';
import { BODY_FILE_TYPES } from '../../bodyImport/bodyFileRules';
import { useAtlasStore } from '../../state/store';
import { attachMeshFile } from '../../state/userBodies';

/**
 * A user's body whose profile came without its mesh file (imported from another device): choosing it asks for the
 * file, which must be the one the profile was made on; then the body is shown. A wrong file is told as a notice.
 */
export function NeedsMeshButton({ id, name }: { id: string; name: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const attach = async (file: File) => {
    setBusy(true);
    try {
      await attachMeshFile(id, file);
      useAtlasStore.getState().setBody(id);
    } catch (e) {
      useAtlasStore.getState().notify(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="needs-mesh" disabled={busy} onClick={() => input.current?.click()}>
        {name} <span className="needs-mesh-note">(needs its mesh file)</span>
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={`Mesh file for ${name}`}
        accept={BODY_FILE_TYPES.join(',')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void attach(file);
        }}
      />
    </>
  );
}
