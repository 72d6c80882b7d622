import { create } from 'zustand';
import type { RecordOf, RecordStore } from '../../storage/types';

export type ClientRecord = RecordOf<'client'>;
export type PlanRecord = RecordOf<'plan'>;

/**
 * - `closed`: the records were never opened in this tab (nothing is touched until the workspace opens);
 * - `opening`: the device storage is being opened;
 * - `ready`: records readable and writable;
 * - `locked`: a passphrase protects the records and has not been given;
 * - `failed`: the storage could not be opened (private mode, blocked): `error` says why; the atlas works on.
 */
export type WorkspaceStatus = 'closed' | 'opening' | 'ready' | 'locked' | 'failed';

export interface WorkspaceState {
  /** The workspace panel is shown. */
  open: boolean;
  status: WorkspaceStatus;
  records: RecordStore | null;
  /** The last storage failure, in words fit to show (storageMessages.ts); null when all is well. */
  error: string | null;
  /** Something the practitioner should know that is not a failure (a change from another tab was merged). */
  message: string | null;
  /** Every client, by label. */
  clients: ClientRecord[];
  /** The open client's plans, by title. */
  plans: PlanRecord[];
  clientId: string | null;
  planId: string | null;
  /** Clicking a marker adds it to the open plan instead of selecting it. */
  picking: boolean;
  /** The last item added to the open plan, said in the plan editor's live region. */
  lastAdded: string | null;
}

export const initialWorkspaceState = (): WorkspaceState => ({
  open: false,
  status: 'closed',
  records: null,
  error: null,
  message: null,
  clients: [],
  plans: [],
  clientId: null,
  planId: null,
  picking: false,
  lastAdded: null,
});

/**
 * The practitioner's workspace as the UI reads it. Every change goes through the RecordStore (actions in
 * workspaceActions.ts, planActions.ts); this state is only a copy of what is stored, reloaded after every change here
 * or in another tab.
 */
export const useWorkspace = create<WorkspaceState>()(() => initialWorkspaceState());

/** The open client's record. */
export const selectOpenClient = (s: WorkspaceState): ClientRecord | undefined =>
  s.clients.find((c) => c.id === s.clientId);

/** The open plan's record. */
export const selectOpenPlan = (s: WorkspaceState): PlanRecord | undefined =>
  s.plans.find((p) => p.id === s.planId);

/** True when a click on a marker should add it to the open plan. */
export const isPickingForPlan = (s: WorkspaceState): boolean => s.open && s.picking && s.planId !== null;
