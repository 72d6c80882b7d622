import { atlasData } from '../../src/data';
import { emptyFlags } from '../../src/schema/records/client';
import type { RecordStore } from '../../src/storage/types';
import { useAtlasStore } from '../../src/state/store';
import {
  createPlan,
  openClient,
  openWorkspace,
  saveClient,
  selectOpenPlan,
  setDeviceRecordsOpener,
  useWorkspace,
} from '../../src/state/workspace';

/** A client record as the form saves it: no flag set but pregnancy when asked. */
export const client = (label: string, pregnant = false) => ({
  kind: 'client' as const,
  schemaVersion: 1 as const,
  label,
  flags: { ...emptyFlags(), pregnant },
  note: '',
});

/** The plan open in the workspace (the tests open one first). */
export const plan = () => selectOpenPlan(useWorkspace.getState())!;

/** Loads the atlas data and opens the workspace on the record store `open` gives. */
export async function startWorkspace(open: () => Promise<RecordStore>) {
  useAtlasStore.setState({ data: atlasData });
  setDeviceRecordsOpener(open);
  await openWorkspace();
}

/** Saves a pregnant client A-17, opens it and starts an empty plan named `title`. */
export async function openNewPlan(title = 'Low back') {
  const saved = await saveClient(client('A-17', true));
  if (!saved.ok) throw new Error(saved.message);
  await openClient(saved.id);
  await createPlan(title);
}
