import { useState } from 'react';
import { storageMessage } from '../../state/storageMessage';
import { useAtlasStore } from '../../state/store';
import { deleteUserBody } from '../../state/userBodies';

/** Deletes the user's body shown, after a second press; a failure is told as a notice. */
export function DeleteUserBodyButton({ id, name }: { id: string; name: string }) {
  const [asking, setAsking] = useState(false);
  const remove = () =>
    deleteUserBody(id).catch((e: unknown) => useAtlasStore.getState().notify(storageMessage(e)));
  return asking ? (
    <span className="body-delete-confirm">
      <button type="button" className="danger" onClick={() => void remove()}>
        Delete “{name}” from this device
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </span>
  ) : (
    <button type="button" aria-label={`Delete ${name}`} onClick={() => setAsking(true)}>
      Delete
    </button>
  );
}
