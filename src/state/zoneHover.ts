import { create } from 'zustand';

/** What the pointer is over on the skin or an ear: the zone names of the visible zone layers, and where. */
export interface ZoneHoverState {
  text: string | null;
  x: number;
  y: number;
}

export const useZoneHover = create<ZoneHoverState>()(() => ({ text: null, x: 0, y: 0 }));
