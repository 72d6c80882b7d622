import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { createSearchIndex, type SearchHit } from '../core/search';
import { neuroSearchDocs } from '../state/neuroItems';
import { chooseNptHit } from '../state/nptSearchHits';
import { useNptSearchDocs } from './useNptSearchDocs';
import { pointSearchDocs } from '../state/searchDocs';
import { useAtlasStore } from '../state/store';
import { defaultSideOf } from './pointSides';
import { AddSearchHitButton } from './workspace/AddSearchHitButton';
import { addSelectionToPlan, selectOpenPlan, selectionOfSearchDoc, useWorkspace } from '../state/workspace';

/**
 * One box for every searchable item: a combobox with a result list driven by the arrow keys; Enter (or a click)
 * selects the item and flies to it.
 */
export function SearchBox() {
  const data = useAtlasStore((s) => s.data);
  const nptDocs = useNptSearchDocs(data !== null);
  const index = useMemo(
    () => (data ? createSearchIndex([...pointSearchDocs(data), ...neuroSearchDocs(), ...nptDocs]) : null),
    [data, nptDocs],
  );
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const hits: SearchHit[] = useMemo(() => (index ? index.search(query, 10) : []), [index, query]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit || !data) return;
    if (chooseNptHit(hit.doc)) {
      setOpen(false);
      setQuery(hit.doc.title);
      return;
    }
    if (hit.doc.kind !== 'point') {
      // zones and ear or key points: selected like a point (the left side where there are two)
      useAtlasStore
        .getState()
        .select({ code: hit.doc.ref, side: hit.doc.ref.startsWith('NRT-') ? 'M' : 'L' });
      setOpen(false);
      setQuery(hit.doc.title);
      return;
    }
    const record = data.points.find((p) => p.code === hit.doc.ref);
    if (!record) return;
    useAtlasStore.getState().select(defaultSideOf(record, useAtlasStore.getState().selection), true);
    setOpen(false);
    setQuery(hit.doc.title);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const n = hits.length || 1;
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[active];
      // Alt+Enter adds the result to the open plan instead of showing it
      const sel = e.altKey && hit ? selectionOfSearchDoc(hit.doc) : null;
      if (sel && selectOpenPlan(useWorkspace.getState())) void addSelectionToPlan(sel);
      else choose(hit);
    } else if (e.key === 'Escape') setOpen(false);
  };
  const showList = open && query.trim() !== '';
  return (
    <div className="search">
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        Search points
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={data ? 'Search: LI4, hegu, 合谷, Union Valley…' : 'Loading the points…'}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKey}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {showList && (
        <ul id={listId} role="listbox" className="search-results" aria-label="Search results">
          {hits.length === 0 && <li className="search-empty">No match for “{query}”.</li>}
          {hits.map((h, i) => (
            <li
              key={h.doc.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(h)}
            >
              <strong>{h.doc.title}</strong>
              <span>{h.doc.subtitle}</span>
              <AddSearchHitButton doc={h.doc} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
