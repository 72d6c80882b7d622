import { useState, type FormEvent } from 'react';
import type { RecordStore } from '../../storage/types';
import { messageOf } from '../../state/workspace/dataTransfer';

/**
 * Passphrase protection on, changed or off. With it on, records are encrypted at rest and every new tab asks for it
 * before showing anything; a forgotten passphrase cannot be recovered (say so before it is set).
 */
export function PassphraseSection({ store }: { store: RecordStore }) {
  const [on, setOn] = useState(store.encrypted());
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const apply = async (value: string | null) => {
    setBusy(true);
    try {
      await store.setPassphrase(value);
      setOn(value !== null);
      setNext('');
      setAgain('');
      setNote({
        ok: true,
        text:
          value === null
            ? 'Passphrase removed: records are stored unencrypted.'
            : 'Passphrase set: records are encrypted.',
      });
    } catch (e) {
      setNote({ ok: false, text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (next !== again)
      return setNote({ ok: false, text: 'The two passphrases differ; nothing was changed.' });
    void apply(next);
  };

  return (
    <section aria-labelledby="passphrase-heading">
      <h3 id="passphrase-heading">Passphrase</h3>
      <p className="muted">
        {on
          ? 'Records on this device are encrypted with your passphrase; each new tab asks for it.'
          : 'Records on this device are not protected by a passphrase.'}{' '}
        A forgotten passphrase cannot be recovered: keep an export.
      </p>
      <form className="row" onSubmit={submit}>
        <label>
          {on ? 'New passphrase' : 'Passphrase'}{' '}
          <input
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
          />
        </label>
        <label>
          Repeat{' '}
          <input
            type="password"
            autoComplete="new-password"
            value={again}
            onChange={(e) => setAgain(e.target.value)}
          />
        </label>
        <button type="submit" disabled={busy || next.length === 0}>
          {on ? 'Change passphrase' : 'Set passphrase'}
        </button>
        {on && (
          <button type="button" disabled={busy} onClick={() => void apply(null)}>
            Remove passphrase
          </button>
        )}
      </form>
      {busy && <p className="muted">Encrypting… </p>}
      {note && (
        <p className={note.ok ? undefined : 'field-error'} role={note.ok ? 'status' : 'alert'}>
          {note.text}
        </p>
      )}
    </section>
  );
}
