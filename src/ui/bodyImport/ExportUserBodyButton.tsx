import { storageMessage } from '../../state/storageMessage';
import { useAtlasStore } from '../../state/store';
import { exportUserBody } from '../../state/userBodies';
import { saveTextFile } from '../saveTextFile';

/**
 * Saves one of the user's bodies as a file: its profile (landmarks, orientation and the mesh's fingerprint), never
 * the mesh. The file imports through "Your data…" on another device, which then asks for the mesh file.
 */
export function ExportUserBodyButton({ id, name }: { id: string; name: string }) {
  const save = async () => {
    try {
      const file = await exportUserBody(id);
      saveTextFile(file.text, file.name, file.type);
    } catch (e) {
      useAtlasStore.getState().notify(storageMessage(e));
    }
  };
  return (
    <button
      type="button"
      aria-label={`Export ${name}`}
      title="Save this body’s landmarks as a file (the mesh file is not in it)"
      onClick={() => void save()}
    >
      Export
    </button>
  );
}
