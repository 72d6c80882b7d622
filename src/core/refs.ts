import type { Side } from '../schema/common';
import { isBilateralLandmark } from './landmarkNames';

const POINT_REF = /^([A-Z]{2}\d{1,2}|EX-(?:HN|CA|B|UE|LE)\d{1,2})(?::([A-Za-z0-9]+))?$/;

/** Whether a recipe reference names a point (`LI11`, `EX-B2:T1`) rather than a landmark. */
export function parsePointRef(ref: string): { code: string; key?: string } | null {
  const m = POINT_REF.exec(ref);
  return m ? { code: m[1], key: m[2] } : null;
}

/** The stored landmark name a reference means on a side: bare bilateral names take the side. */
export function landmarkKey(ref: string, side: Side): string {
  if (/\.(L|R)$/.test(ref) || !isBilateralLandmark(ref)) return ref;
  if (side === 'M')
    throw new Error(`bilateral landmark "${ref}" used by a midline site: write ${ref}.L or ${ref}.R`);
  return `${ref}.${side}`;
}

/** A readable name for a reference, for the derivation's words ("spinous.L2" → "L2 spinous process"). */
export function describeRef(ref: string): string {
  const point = parsePointRef(ref);
  if (point) return point.key ? `${point.code} (${point.key})` : point.code;
  const bare = ref.replace(/\.(L|R)$/, '');
  const spinous = /^spinous\.(\w+)$/.exec(bare);
  if (spinous) return `${spinous[1]} spinous process`;
  const ics = /^sternum_ics_(\d)$/.exec(bare);
  if (ics) return `${ordinal(Number(ics[1]))} intercostal space (midline)`;
  const foramen = /^sacral_foramen_(\d)$/.exec(bare);
  if (foramen) return `${ordinal(Number(foramen[1]))} posterior sacral foramen`;
  const numbered = describeNumbered(bare);
  if (numbered) return numbered;
  return bare
    .replace(/_/g, ' ')
    .replace(/\basis\b/, 'ASIS')
    .replace(/\bpsis\b/, 'PSIS');
}

/** Landmarks named with digits (`knuckle_2`, `metacarpal_base_1_2`, `toe_web_4_5`, `rib11_tip`), in words. */
function describeNumbered(name: string): string | null {
  const n = (x: string) => ordinal(Number(x));
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^knuckle_(\d)$/, (m) => `${n(m[1])} knuckle (head of the ${n(m[1])} metacarpal)`],
    [/^metacarpal_base_(\d)_(\d)$/, (m) => `junction of the ${n(m[1])} and ${n(m[2])} metacarpal bases`],
    [/^metatarsal_(\d)_base$/, (m) => `base of the ${n(m[1])} metatarsal`],
    [/^metatarsal_(\d)_head_(medial|lateral)$/, (m) => `${m[2]} side of the ${n(m[1])} metatarsal head`],
    [/^mtp_(\d)$/, (m) => `${n(m[1])} metatarsophalangeal joint`],
    [/^toe_web_(\d)_(\d)$/, (m) => `web between the ${n(m[1])} and ${n(m[2])} toes`],
    [/^rib(\d+)_tip$/, (m) => `free end of the ${n(m[1])} rib`],
  ];
  for (const [re, words] of rules) {
    const m = re.exec(name);
    if (m) return words(m);
  }
  return null;
}

function ordinal(n: number): string {
  return `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
}
