import type { UnitId } from '../../src/schema/recipe';

/**
 * A relation stated in the standard's text between two resolved sites (left side for bilateral points),
 * e.g. "ST36 is 3 B-cun below ST35": { a: 'ST35', b: 'ST36', kind: 'distance', cun: 3, unit: 'leg_lateral' }.
 * `level`: the two sites lie at the same height. Sites are codes (`ST36`), multi-site codes with their key
 * (`EX-B2:L2`), or landmarks (`medial_malleolus`).
 */
export interface Relation {
  text: string;
  a: string;
  b: string;
  kind: 'distance' | 'level';
  cun?: number;
  unit?: UnitId;
}
