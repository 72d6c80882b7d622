import { create } from 'zustand';
import type { ImportedBody } from '../bodyImport/importBody';
import type { CalibrationResult } from '../bodyImport/importSession';
import type { Vec3 } from '../core/vec';
import type { BodyProfileRecord } from '../schema/records/bodyProfile';
import { startImportRun } from './bodyImportRun';
import { DEFAULT_BODY } from './bodyUrls';
import { deviceRecords } from './deviceRecords';
import { storageMessage } from './storageMessage';
import { useAtlasStore } from './store';
import { isUserBodyId, recordIdOf, userBodyId } from './userBodyIds';

// the profile code reads mesh files (three's loaders): fetched when a body is saved or opened
const profileCode = () => import('../bodyImport/bodyProfile');
// the export file's code is the workspace's: fetched when a body is exported
const transferCode = () => import('./workspace/dataTransfer');

/** A user's body as the body switch lists it; `needsMesh` when its profile came without its mesh file (an import). */
export interface UserBodyEntry {
  id: string;
  name: string;
  needsMesh: boolean;
}

/** The user's bodies on this device, as the body switch lists them. */
export const useUserBodies = create<{ bodies: UserBodyEntry[] }>(() => ({ bodies: [] }));

/**
 * Reads the body profiles on the device into the list; a body shown that is no longer there (deleted here, in
 * another tab, or by "Delete all my data") gives way to the default body.
 */
export async function refreshUserBodies(): Promise<void> {
  const store = await deviceRecords();
  const profiles = await store.list('bodyProfile');
  const bodies: UserBodyEntry[] = [];
  for (const p of profiles)
    bodies.push({ id: userBodyId(p.id), name: p.name, needsMesh: !(await store.meshes.has(p.mesh.sha256)) });
  bodies.sort((a, b) => a.name.localeCompare(b.name));
  useUserBodies.setState({ bodies });
  const shown = useAtlasStore.getState().bodyId;
  if (isUserBodyId(shown) && !bodies.some((b) => b.id === shown))
    useAtlasStore.getState().setBody(DEFAULT_BODY);
}

let watching: Promise<void> | null = null;

/** Lists the user's bodies once the device storage opens, and again after every change to it. */
export function watchUserBodies(): Promise<void> {
  watching ??= deviceRecords().then((store) => {
    store.subscribe(() => void refreshUserBodies().catch(() => undefined));
    return refreshUserBodies();
  });
  return watching;
}

/**
 * Keeps an imported, calibrated body on the device: the mesh bytes by their SHA-256, then its profile record. A
 * failure keeps nothing (a mesh written before a failed profile is taken back) and is thrown in the storage's words.
 */
export async function saveUserBody(
  name: string,
  file: File,
  body: ImportedBody,
  calibration: CalibrationResult,
): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { bodyProfileOf } = await profileCode();
  const fields = await bodyProfileOf(name, bytes, body, calibration);
  const store = await deviceRecords();
  await store.meshes.put(fields.mesh.sha256, file.name, bytes);
  let record: BodyProfileRecord;
  try {
    record = await store.put('bodyProfile', fields);
  } catch (e) {
    await store.meshes.remove(fields.mesh.sha256).catch(() => undefined);
    throw e;
  }
  await refreshUserBodies();
  return userBodyId(record.id);
}

/**
 * Keeps the mesh file of a profile that came without it (imported from another device): the file must be the one
 * the profile was made on (its SHA-256), else one sentence is thrown and nothing stored changes.
 */
export async function attachMeshFile(bodyId: string, file: File): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { checkProfileFile } = await profileCode();
  // each failure is one sentence already: the storage's own words, or the file check's
  const store = await deviceRecords();
  const profile = await store.get('bodyProfile', recordIdOf(bodyId));
  if (!profile) throw new Error('This body is no longer on this device.');
  await checkProfileFile(profile, bytes);
  await store.meshes.put(profile.mesh.sha256, file.name, bytes);
  await refreshUserBodies();
}

/**
 * A user's body as a file to save: its profile alone, in the records' export format (the mesh stays here; another
 * device asks for it). Thrown in the storage's words when the profile cannot be read (a locked store, say).
 */
export async function exportUserBody(bodyId: string): Promise<{ name: string; type: string; text: string }> {
  const [store, { exportBodyProfile }] = await Promise.all([deviceRecords(), transferCode()]);
  return exportBodyProfile(store, recordIdOf(bodyId));
}

/** Deletes a user's body everywhere: its profile (a tombstone stays), its mesh bytes if no other profile uses them. */
export async function deleteUserBody(bodyId: string): Promise<void> {
  const store = await deviceRecords();
  const profile = await store.get('bodyProfile', recordIdOf(bodyId));
  if (!profile) return refreshUserBodies();
  await store.remove('bodyProfile', profile.id);
  const others = await store.list('bodyProfile');
  if (!others.some((p) => p.mesh.sha256 === profile.mesh.sha256))
    await store.meshes.remove(profile.mesh.sha256);
  await refreshUserBodies();
}

/**
 * Opens a user's body from the device: its mesh bytes (checked against the profile's SHA-256), read and turned the
 * way the profile says in a worker, with the profile's landmarks. Throws one sentence a user can act on.
 */
export async function loadUserBody(
  bodyId: string,
): Promise<{ body: ImportedBody; landmarks: Record<string, Vec3> }> {
  let profile: BodyProfileRecord | undefined;
  let mesh: { name: string; bytes: Uint8Array } | undefined;
  try {
    const store = await deviceRecords();
    profile = await store.get('bodyProfile', recordIdOf(bodyId));
    mesh = profile && (await store.meshes.get(profile.mesh.sha256));
  } catch (e) {
    throw new Error(storageMessage(e), { cause: e });
  }
  if (!profile) throw new Error('this body is no longer on this device.');
  const { sha256Hex } = await profileCode();
  if (!mesh || (await sha256Hex(mesh.bytes)) !== profile.mesh.sha256)
    throw new Error(`its mesh file (${profile.mesh.file}) is not on this device; import it again.`);
  const run = startImportRun(mesh.name, () => undefined);
  try {
    const { up, front, scale } = profile.orientation;
    const answer = await run.request({
      type: 'read',
      name: mesh.name,
      bytes: mesh.bytes,
      orientation: { up, front, scale },
    });
    if (answer.type !== 'body')
      throw new Error(answer.type === 'error' ? answer.message : 'unexpected answer');
    return { body: answer.body, landmarks: profile.landmarks as Record<string, Vec3> };
  } finally {
    run.dispose();
  }
}
