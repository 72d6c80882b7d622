import type { SourceRef } from '../schema/common';
import { sourceRecord } from '../state/selectors';
import { useAtlasStore } from '../state/store';

/** A compact line of sources with their locators (for a condition link or a technique fact); each opens its record. */
export function NptInlineSources({ refs }: { refs: readonly SourceRef[] }) {
  const data = useAtlasStore((s) => s.data);
  const open = useAtlasStore((s) => s.setOpenSource);
  return (
    <span className="npt-sources">
      Sources:{' '}
      {refs.map((r, i) => {
        const src = sourceRecord(data, r.id);
        return (
          <span key={`${r.id}${i}`}>
            {i > 0 && '; '}
            <button type="button" className="link" onClick={() => open({ id: r.id, locator: r.locator })}>
              {src ? src.title : r.id}
            </button>{' '}
            <span className="locator">({r.locator})</span>
          </span>
        );
      })}
    </span>
  );
}
