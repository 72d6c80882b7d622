import type { SourceRef } from '../schema/common';
import { sourceRecord } from '../state/selectors';
import { useAtlasStore } from '../state/store';

/** The sources of an item with their locators; each opens the source record. */
export function SourceRefList({ refs }: { refs: readonly SourceRef[] }) {
  const data = useAtlasStore((s) => s.data);
  const open = useAtlasStore((s) => s.setOpenSource);
  return (
    <section aria-label="Sources">
      <h3>Sources</h3>
      <ul className="source-refs">
        {refs.map((r, i) => {
          const src = sourceRecord(data, r.id);
          return (
            <li key={`${r.id}${i}`}>
              <button type="button" className="link" onClick={() => open({ id: r.id, locator: r.locator })}>
                {src ? src.title : r.id}
                {src?.year ? ` (${src.year})` : ''}
              </button>
              <span className="locator"> — {r.locator}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
