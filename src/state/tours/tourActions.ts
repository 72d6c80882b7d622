import { buildExport, exportText } from '../../core/records/exportFile';
import { record, redo, startHistory, undo } from '../../core/tours/history';
import * as edits from '../../core/tours/tourEdits';
import type { TourFields, TourScene } from '../../schema/records/tour';
import { useAtlasStore } from '../store';
import { captureScene } from './sceneState';
import { showScene } from './showScene';
import { deviceRecords } from '../deviceRecords';
import { useTourStore, type StoredTour, type TourDraft } from './tourStore';

const set = useTourStore.setState;
const get = useTourStore.getState;
const atlas = () => useAtlasStore.getState();

const problem = (e: unknown) => (e instanceof Error ? e.message : String(e));

let loads = 0;

/** Loads the user's tours from the device; when loads overlap (a change heard from another tab), the last one wins. */
export async function loadMyTours(): Promise<void> {
  const mine = ++loads;
  if (get().status !== 'ready') set({ status: 'loading' });
  try {
    const store = await deviceRecords();
    const tours = (await store.list('tour')).sort((a, b) => a.title.localeCompare(b.title));
    if (mine === loads) set({ mine: tours, status: 'ready' });
  } catch (e) {
    if (mine === loads) set({ status: 'error', message: problem(e) });
  }
}

let watching: (() => void) | null = null;

/** Opens the tours panel; the first time, loads the user's tours and follows changes from other tabs. */
export async function openTours(open = true): Promise<void> {
  set({ panelOpen: open });
  if (!open || watching) return;
  await loadMyTours();
  try {
    watching = (await deviceRecords()).subscribe(() => void loadMyTours());
  } catch {
    // the message of loadMyTours says it already
  }
}

const editDraft = (change: (t: TourFields, d: TourDraft) => TourFields, index?: (d: TourDraft) => number) =>
  set((s) => {
    if (!s.draft) return s;
    const next = change(s.draft.history.present, s.draft);
    const history = record(s.draft.history, next);
    const i = index ? index(s.draft) : s.draft.index;
    return { draft: { ...s.draft, history, dirty: true, index: Math.min(i, next.scenes.length - 1) } };
  });

/** Starts a new tour from what is on screen. */
export function newTour(): void {
  const tour: TourFields = {
    kind: 'tour',
    schemaVersion: 1,
    title: 'New tour',
    description: '',
    scenes: [captureScene(atlas())],
  };
  set({ draft: { history: startHistory(tour), index: 0, dirty: true } });
}

/** Opens a stored tour (or a copy of a built-in one, `asCopy`) in the editor. */
export function editTour(tour: TourFields, stored?: { id: string; rev: string }): void {
  const fields: TourFields = {
    kind: 'tour',
    schemaVersion: 1,
    title: tour.title,
    description: tour.description,
    scenes: tour.scenes,
  };
  set({ draft: { ...stored, history: startHistory(fields), index: 0, dirty: !stored } });
  showScene(fields.scenes[0]);
}

/** "Capture this view": a new scene from the screen, after the current one. */
export function captureView(): void {
  const scene = captureScene(atlas());
  editDraft(
    (t, d) => edits.insertScene(t, scene, d.index),
    (d) => d.index + 1,
  );
}

/** Re-captures the current scene from the screen, keeping its caption, callouts and highlights. */
export function recaptureScene(): void {
  const s = captureScene(atlas());
  editDraft((t, d) => {
    const { caption, callouts, highlights, sources, id } = t.scenes[d.index];
    return edits.updateScene(t, d.index, { ...s, id, caption, callouts, highlights, sources });
  });
}

export const setTitle = (title: string) => editDraft((t) => ({ ...t, title }));
export const setDescription = (description: string) => editDraft((t) => ({ ...t, description }));
export const editScene = (patch: Partial<TourScene>) =>
  editDraft((t, d) => edits.updateScene(t, d.index, patch));

export const moveScene = (from: number, to: number) =>
  editDraft(
    (t) => edits.moveScene(t, from, to),
    () => to,
  );
export const duplicateScene = (i: number) =>
  editDraft(
    (t) => edits.duplicateScene(t, i),
    () => i + 1,
  );
export const deleteScene = (i: number) =>
  editDraft(
    (t) => edits.deleteScene(t, i),
    (d) => Math.max(0, d.index > i ? d.index - 1 : d.index),
  );

/** Adds a callout at the selected site of the current scene (nothing selected: a message). */
export function addCallout(text: string): boolean {
  const sel = atlas().selection;
  const d = get().draft;
  if (!d) return false;
  const scene = d.history.present.scenes[d.index];
  const site = sel ? siteIdOfSelection(sel) : scene.selected;
  if (!site || !text.trim()) return false;
  editScene({ callouts: [...scene.callouts, { id: edits.newTourId(), site, text: text.trim() }] });
  return true;
}

const siteIdOfSelection = (sel: { code: string; side: string; key?: string }) =>
  `${sel.code}${sel.key ? `:${sel.key}` : ''}${sel.side === 'M' ? '' : `.${sel.side}`}`;

export function removeCallout(id: string): void {
  const d = get().draft;
  if (!d) return;
  const scene = d.history.present.scenes[d.index];
  editScene({ callouts: scene.callouts.filter((c) => c.id !== id) });
}

/** Adds the selected site to the current scene's highlights, or takes it out. */
export function toggleHighlight(): void {
  const sel = atlas().selection;
  const d = get().draft;
  if (!sel || !d) return;
  const id = siteIdOfSelection(sel);
  const h = d.history.present.scenes[d.index].highlights;
  editScene({ highlights: h.includes(id) ? h.filter((x) => x !== id) : [...h, id] });
}

export function undoEdit(): void {
  set((s) => (s.draft ? { draft: { ...s.draft, history: undo(s.draft.history), dirty: true } } : s));
  clampIndex();
}
export function redoEdit(): void {
  set((s) => (s.draft ? { draft: { ...s.draft, history: redo(s.draft.history), dirty: true } } : s));
  clampIndex();
}
const clampIndex = () =>
  set((s) =>
    s.draft
      ? { draft: { ...s.draft, index: Math.min(s.draft.index, s.draft.history.present.scenes.length - 1) } }
      : s,
  );

/** Shows scene `i` of the draft on screen. */
export function goToScene(i: number): void {
  const d = get().draft;
  const scene = d?.history.present.scenes[i];
  if (!d || !scene) return;
  set({ draft: { ...d, index: i } });
  showScene(scene);
}

/** Saves the draft on the device (a new record the first time); a change made meanwhile in another tab is kept. */
export async function saveDraft(): Promise<void> {
  const d = get().draft;
  if (!d) return;
  try {
    const store = await deviceRecords();
    const saved = await store.put('tour', d.history.present, d.id ? { id: d.id, baseRev: d.rev } : undefined);
    set((s) => ({
      draft: s.draft && { ...s.draft, id: saved.id, rev: saved.rev, dirty: false },
      message: null,
    }));
    await loadMyTours();
  } catch (e) {
    set({ message: `The tour was not saved: ${problem(e)}` });
  }
}

export const closeDraft = () => set({ draft: null });

export async function deleteTour(id: string): Promise<void> {
  try {
    await (await deviceRecords()).remove('tour', id);
    set((s) => ({ draft: s.draft?.id === id ? null : s.draft }));
    await loadMyTours();
  } catch (e) {
    set({ message: `The tour was not deleted: ${problem(e)}` });
  }
}

/** A stored tour as a file of the records format: the same file, and the same import rule, as every record. */
export const tourFileText = (tour: StoredTour): string =>
  exportText(buildExport([tour], { exportedAt: new Date().toISOString() }));

/** Checks a tour file (or any records file) and shows what it would change; nothing is written yet. */
export async function checkImport(text: string, fileName: string): Promise<void> {
  try {
    const check = await (await deviceRecords()).planImport(text);
    if (!check.ok) set({ message: `“${fileName}” was not imported: ${check.message}`, pendingImport: null });
    else set({ pendingImport: { plan: check.plan, fileName }, message: null });
  } catch (e) {
    set({ message: `“${fileName}” was not imported: ${problem(e)}` });
  }
}

/** Writes the checked import (changed records replaced only when the user said so). */
export async function confirmImport(replaceChanged: boolean): Promise<void> {
  const p = get().pendingImport;
  if (!p) return;
  try {
    await (await deviceRecords()).applyImport(p.plan, { replaceChanged });
    set({ pendingImport: null, message: null });
    await loadMyTours();
  } catch (e) {
    set({ message: `Nothing was imported: ${problem(e)}`, pendingImport: null });
  }
}

export const cancelImport = () => set({ pendingImport: null });
