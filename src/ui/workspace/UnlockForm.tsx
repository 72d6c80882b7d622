import { useState } from 'react';
import { unlock } from '../../state/workspace';

/** Asks for the passphrase of locked records; a wrong one is reported (WorkspaceNotices) and changes nothing. */
export function UnlockForm() {
  const [passphrase, setPassphrase] = useState('');
  return (
    <form
      className="workspace-form"
      onSubmit={(e) => {
        e.preventDefault();
        void unlock(passphrase).then((ok) => ok && setPassphrase(''));
      }}
    >
      <p>The records on this device are protected by a passphrase.</p>
      <label>
        Passphrase{' '}
        <input
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      </label>
      <button type="submit">Unlock</button>
    </form>
  );
}
