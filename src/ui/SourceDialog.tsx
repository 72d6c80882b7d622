import { useCallback } from 'react';
import { sourceRecord } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import { Dialog } from './Dialog';

/** The source record behind a citation: bibliographic facts, our summary, and for seeds the heading cited. */
export function SourceDialog() {
  const open = useAtlasStore((s) => s.openSource);
  const data = useAtlasStore((s) => s.data);
  const setOpen = useAtlasStore((s) => s.setOpenSource);
  const close = useCallback(() => setOpen(null), [setOpen]);
  if (!open) return null;
  const src = sourceRecord(data, open.id);
  if (!src) {
    return (
      <Dialog title="Source" onClose={close}>
        <p>No record for the source “{open.id}”.</p>
      </Dialog>
    );
  }
  const heading = src.headings?.find((h) => open.locator?.toLowerCase().includes(h.heading.toLowerCase()));
  const rows: [string, string | undefined][] = [
    ['Kind', src.kind.replaceAll('-', ' ')],
    ['Authors', src.authors?.join('; ')],
    ['Year', src.year?.toString()],
    ['Journal', src.journal],
    ['DOI', src.doi],
    ['PMID', src.pmid],
    ['ISBN', src.isbn],
    ['URL', src.url],
    ['Seed document', src.seed],
    ['Cited at', open.locator],
  ];
  return (
    <Dialog title={src.title} onClose={close}>
      <dl className="facts" data-testid="source-record">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      <h3>What it says, in our words</h3>
      <p>{src.summary}</p>
      {heading && (
        <>
          <h3>The heading this item rests on: {heading.heading}</h3>
          <p>{heading.summary}</p>
        </>
      )}
      {src.kind === 'clinic-page' && (
        <p className="uncertainty">
          A clinic page: its claims are a practitioner's, not established evidence.
        </p>
      )}
    </Dialog>
  );
}
