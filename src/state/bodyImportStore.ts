import { create } from 'zustand';
import type { ImportedBody } from '../bodyImport/importBody';
import type { CalibrationResult, ShippedBody } from '../bodyImport/importSession';
import { checkBodyFileSize } from '../bodyImport/bodyFileRules';
import { KEY_LANDMARKS } from '../core/calibration/keyLandmarks';
import { turnOrientation, type OrientationTurn } from '../core/calibration/orient';
import type { Vec3 } from '../core/vec';
import { startImportRun, type ImportAnswer, type ImportRun } from './bodyImportRun';

/** Where the user is in bringing a body: picking a file, checking its orientation, placing landmarks, reviewing. */
export type ImportStep = 'pick' | 'orient' | 'place' | 'review';

export interface BodyImportState {
  open: boolean;
  step: ImportStep;
  /** Work under way (reading, calibrating): what it is doing and the share done. */
  progress: { stage: string; done: number } | null;
  /** The last failure, as one sentence. */
  error: string | null;
  file: File | null;
  body: ImportedBody | null;
  /** The key landmarks placed so far, by name. */
  placed: Record<string, Vec3>;
  /** The key landmark being placed or dragged (index into KEY_LANDMARKS). */
  current: number;
  calibration: CalibrationResult | null;
}

const initial: BodyImportState = {
  open: false,
  step: 'pick',
  progress: null,
  error: null,
  file: null,
  body: null,
  placed: {},
  current: 0,
  calibration: null,
};

let run: ImportRun | null = null;

/** The import dialog's state; nothing here is stored until the user saves the body (userBodies.ts). */
export const useBodyImport = create<BodyImportState>(() => initial);

const set = (patch: Partial<BodyImportState>) => useBodyImport.setState(patch);
const progress = (stage: string, done: number) => set({ progress: { stage, done } });

/** Sends a request to the import under way; an error answer becomes the dialog's message. */
async function ask(req: Parameters<ImportRun['request']>[0]): Promise<ImportAnswer | null> {
  if (!run) return null;
  const answer = await run.request(req);
  set({ progress: null });
  if (answer.type === 'error') {
    set({ error: answer.message });
    return null;
  }
  return answer;
}

export function openBodyImport(): void {
  set({ ...initial, open: true });
}

export function closeBodyImport(): void {
  run?.dispose();
  run = null;
  set(initial);
}

/** Reads a file the user picked or dropped; a file that cannot be a body is refused before it is read. */
export async function pickBodyFile(file: File): Promise<void> {
  run?.dispose();
  run = null;
  set({ error: null, body: null, file: null, placed: {}, current: 0, calibration: null, step: 'pick' });
  try {
    checkBodyFileSize(file.name, file.size);
  } catch (e) {
    return set({ error: (e as Error).message });
  }
  progress('Reading the file', 0.05);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return set({ progress: null, error: `${file.name} could not be read: ${(e as Error).message}` });
  }
  run = startImportRun(file.name, progress);
  const answer = await ask({ type: 'read', name: file.name, bytes });
  if (answer?.type === 'body') set({ body: answer.body, file, step: 'orient' });
}

/** Turns the imported body (the user's correction of up and front). */
export async function turnBody(turn: OrientationTurn): Promise<void> {
  const { body } = useBodyImport.getState();
  if (!body) return;
  progress('Turning the body', 0.5);
  const answer = await ask({ type: 'orient', orientation: turnOrientation(body.orientation, turn) });
  if (answer?.type === 'body') set({ body: answer.body, placed: {}, current: 0, calibration: null });
}

export const startPlacing = (): void => set({ step: 'place', current: 0 });

/** Places (or moves) the current key landmark and goes on to the next one not yet placed. */
export function placeLandmark(p: Vec3): void {
  const { placed, current } = useBodyImport.getState();
  const next = { ...placed, [KEY_LANDMARKS[current].name]: p };
  const after = KEY_LANDMARKS.findIndex((k, i) => i > current && !next[k.name]);
  set({ placed: next, current: after >= 0 ? after : current, calibration: null });
}

/** Goes to a key landmark (back, forward, or one picked from the list) to place it again. */
export const goToLandmark = (i: number): void =>
  set({ current: Math.max(0, Math.min(KEY_LANDMARKS.length - 1, i)) });

/** Takes back the current landmark (or, if it is not placed, the one before) and goes to it. */
export function undoLandmark(): void {
  const { placed, current } = useBodyImport.getState();
  const i = placed[KEY_LANDMARKS[current].name] ? current : Math.max(0, current - 1);
  const next = { ...placed };
  delete next[KEY_LANDMARKS[i].name];
  set({ placed: next, current: i, calibration: null });
}

/** Calibrates the body from the key landmarks placed, against the shipped bodies. */
export async function calibrateBody(shipped: () => Promise<ShippedBody[]>): Promise<void> {
  progress('Loading the shipped bodies', 0.05);
  let bodies: ShippedBody[];
  try {
    bodies = await shipped();
  } catch (e) {
    return set({ progress: null, error: `The shipped bodies could not be loaded: ${(e as Error).message}` });
  }
  const answer = await ask({ type: 'calibrate', placed: useBodyImport.getState().placed, shipped: bodies });
  if (answer?.type === 'calibrated') set({ calibration: answer.result, step: 'review', error: null });
}
