import type { Side } from '../schema/common';
import type { Vec3 } from '../core/vec';

/**
 * The generic layer model. A layer is data (items grouped, coloured, counted) plus the primitives a renderer draws:
 * points, lines or surface zones. The viewer core only knows these shapes, so new layers (dermatomes, NRT zones,
 * nerve sites, ear points) plug in by producing a `Layer`, with no change to the viewer.
 */

/** A group inside a layer that can be switched on and off on its own (a channel of the acupuncture layer). */
export interface LayerGroup {
  id: string;
  label: string;
  colour: string;
  count: number;
}

/** A selectable marker on the body. `id` is the site id of contracts §3 (`LI4.L`); `code` the item (`LI4`). */
export interface LayerPoint {
  id: string;
  code: string;
  group: string;
  side: Side;
  position: Vec3;
  normal: Vec3;
  /** Short name shown on hover and in labels. */
  name: string;
}

/** A polyline over the skin, coloured by its group. */
export interface LayerLine {
  group: string;
  side: Side;
  path: Vec3[];
}

/** Per-vertex zone labels over the body mesh (dermatomes, NRT zones): label index per vertex, −1 for none. */
export interface LayerZones {
  labels: string[];
  colours: string[];
  vertexLabel: Int16Array;
  /** Labels over other meshes of the body by mesh name (`ear.L`, `ear.R`), same label list. */
  parts?: Record<string, Int16Array>;
  /** Names shown on hover, per label (defaults to the label). */
  names?: string[];
  /** Zones a click selects: label → item code (a later planner adds them to a session). */
  selectable?: Record<string, string>;
  /** Draw the borders between labels (ear parts and areas). */
  outline?: boolean;
}

export type LayerPrimitive =
  | { kind: 'points'; points: LayerPoint[] }
  | { kind: 'lines'; lines: LayerLine[] }
  | { kind: 'zones'; zones: LayerZones };

/** One layer of the atlas on one body. */
export interface Layer {
  id: string;
  title: string;
  /** Colour of the layer's swatch when its groups have no colours of their own. */
  colour: string;
  /** One line for the legend: what a mark of this layer means. */
  legend: string;
  /** Items in the layer (points or zones), for the panel. */
  count: number;
  groups: LayerGroup[];
  primitive: LayerPrimitive;
  /** On when the app opens without a URL saying otherwise. */
  defaultOn: boolean;
}

/** Visibility key of a group within a layer. */
export const groupKey = (layer: string, group: string): string => `${layer}:${group}`;
