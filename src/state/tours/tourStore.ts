import { create } from 'zustand';
import type { History } from '../../core/tours/history';
import type { TourFields } from '../../schema/records/tour';
import type { ImportPlan, RecordOf } from '../../storage/types';

export type StoredTour = RecordOf<'tour'>;

/** A tour being edited: which stored record it is (none until first saved), its undo history, the scene shown. */
export interface TourDraft {
  id?: string;
  rev?: string;
  history: History<TourFields>;
  index: number;
  /** True when the draft differs from what is stored. */
  dirty: boolean;
}

/** A tour on the projector: the scene shown, the black screen, the laser pointer. */
export interface Presenting {
  tour: TourFields;
  index: number;
  black: boolean;
  laser: boolean;
}

export interface TourState {
  panelOpen: boolean;
  /** The user's own tours on this device (loaded when the panel first opens). */
  mine: StoredTour[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** A plain-words problem of the storage or of a file or link. */
  message: string | null;
  draft: TourDraft | null;
  presenting: Presenting | null;
  /** An import checked and waiting for the user's confirmation. */
  pendingImport: { plan: ImportPlan; fileName: string } | null;
}

export const useTourStore = create<TourState>()(() => ({
  panelOpen: false,
  mine: [],
  status: 'idle',
  message: null,
  draft: null,
  presenting: null,
  pendingImport: null,
}));
