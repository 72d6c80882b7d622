import { useState } from 'react';
import { encodeTourLink } from '../../core/tours/tourLink';
import type { BuiltInTour, TourFields } from '../../schema/records/tour';
import { present } from '../../state/tours/presentActions';
import { deleteTour, editTour, tourFileText } from '../../state/tours/tourActions';
import { useTourStore, type StoredTour } from '../../state/tours/tourStore';
import { saveTextFile } from '../saveTextFile';

const linkTo = (query: string) => `${window.location.origin}${window.location.pathname}?${query}`;

/** The tours one can present: built-in (cited, read-only: edit a copy) and the user's own on this device. */
export function TourList({
  builtIn,
  onEditCopy,
}: {
  builtIn: BuiltInTour[];
  onEditCopy: (t: TourFields) => void;
}) {
  const mine = useTourStore((s) => s.mine);
  const status = useTourStore((s) => s.status);
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (key: string, text: string) => {
    await navigator.clipboard?.writeText(text).catch(() => undefined);
    setCopied(key);
  };
  const shareMine = async (t: StoredTour) => {
    const value = await encodeTourLink(t);
    if (value) await copy(t.id, linkTo(`tourdata=${value}`));
    else setCopied(`${t.id}:long`);
  };
  return (
    <>
      <h3>Built-in tours</h3>
      <ul className="tour-list">
        {builtIn.map((t) => (
          <li key={t.id}>
            <strong>{t.title}</strong> <span className="muted">({t.scenes.length} scenes)</span>
            <p className="muted">{t.description}</p>
            <button type="button" onClick={() => present(t)}>
              Present
            </button>{' '}
            <button type="button" onClick={() => onEditCopy(t)}>
              Edit a copy
            </button>{' '}
            <button type="button" onClick={() => void copy(t.id, linkTo(`tour=${t.id}`))}>
              Copy link
            </button>
            {copied === t.id && <span className="muted"> Link copied.</span>}
          </li>
        ))}
      </ul>
      <h3>My tours (on this device)</h3>
      {status === 'loading' && <p className="muted">Loading…</p>}
      {status === 'ready' && mine.length === 0 && (
        <p className="muted">None yet: capture views into a new tour.</p>
      )}
      <ul className="tour-list">
        {mine.map((t) => (
          <li key={t.id} data-testid="my-tour">
            <strong>{t.title}</strong> <span className="muted">({t.scenes.length} scenes)</span>
            <br />
            <button type="button" onClick={() => present(t)}>
              Present
            </button>{' '}
            <button type="button" onClick={() => editTour(t, { id: t.id, rev: t.rev })}>
              Edit
            </button>{' '}
            <button
              type="button"
              onClick={() => saveTextFile(tourFileText(t), `pointatlas-tour-${t.id.slice(0, 8)}.json`)}
            >
              Export
            </button>{' '}
            <button type="button" onClick={() => void shareMine(t)}>
              Copy link
            </button>{' '}
            <button
              type="button"
              onClick={() => {
                if (window.confirm(`Delete the tour “${t.title}” from this device?`)) void deleteTour(t.id);
              }}
            >
              Delete
            </button>
            {copied === t.id && <span className="muted"> Link copied.</span>}
            {copied === `${t.id}:long` && (
              <span className="muted"> Too long for a link: export it as a file.</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
