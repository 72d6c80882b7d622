import type { Vec3 } from '../core/vec';

/** The preset views the toolbar offers (ids are used in the URL). */
export const VIEW_PRESETS = [
  'front',
  'back',
  'left',
  'right',
  'head',
  'hand-left',
  'hand-right',
  'foot-left',
  'foot-right',
  'ear',
] as const;
export type ViewPreset = (typeof VIEW_PRESETS)[number];

export const isViewPreset = (s: string): s is ViewPreset => (VIEW_PRESETS as readonly string[]).includes(s);

/** A camera pose in the body frame. */
export interface CameraPose {
  position: Vec3;
  target: Vec3;
}

/** A request to move the camera: a preset or an explicit pose; `instant` skips the transition. */
export interface CameraRequest {
  preset?: ViewPreset;
  pose?: CameraPose;
  instant?: boolean;
  /** Fly to a site (by site id) once its position is known. */
  focusSite?: string;
  /** Increments so that asking twice for the same preset still moves the camera back. */
  serial: number;
}
