import { neuroData } from 'virtual:validated/neuro';
import type { AuricularPoint } from '../schema/auricularPoint';
import type { DermatomeKeyPoint } from '../schema/dermatomeKeyPoint';
import type { NrtBackZone, NrtEarZone } from '../schema/nrtZone';
import type { SearchDoc } from '../core/search';

/** A selectable item of the neuro layers, by code. */
export type NeuroItem =
  | { kind: 'key-point'; record: DermatomeKeyPoint }
  | { kind: 'ear-point'; record: AuricularPoint }
  | { kind: 'nrt-back'; record: NrtBackZone }
  | { kind: 'nrt-ear'; record: NrtEarZone };

/** The neuro item a code names, if any. */
export function neuroItemOf(code: string): NeuroItem | undefined {
  const { keyPoints, auricular, nrt } = neuroData;
  const k = keyPoints.find((r) => r.code === code);
  if (k) return { kind: 'key-point', record: k };
  const e = auricular.points.find((r) => r.code === code);
  if (e) return { kind: 'ear-point', record: e };
  const b = nrt.backZones.find((r) => r.code === code);
  if (b) return { kind: 'nrt-back', record: b };
  const z = nrt.earZones.find((r) => r.code === code);
  return z ? { kind: 'nrt-ear', record: z } : undefined;
}

/** Search documents for NRT zones, auricular points and key points (`L5 dermatome`, `NRT`, `lumbosacral`). */
export function neuroSearchDocs(): SearchDoc[] {
  const { keyPoints, auricular, nrt } = neuroData;
  const doc = (
    kind: string,
    ref: string,
    title: string,
    subtitle: string,
    names: string[],
    groups: string[],
  ) => ({
    id: `${kind}:${ref}`,
    kind,
    ref,
    title,
    subtitle,
    codes: [ref],
    names,
    hanzi: [],
    groups,
  });
  return [
    ...nrt.backZones.map((z) =>
      doc(
        'zone',
        z.code,
        `NRT zone ${z.root}`,
        `${z.name} · schematic`,
        [z.name, `${z.root} dermatome`, z.root],
        ['NRT', 'neuroreflexotherapy', 'lumbosacral', 'low back', 'dermatome'],
      ),
    ),
    ...nrt.earZones.map((z) =>
      doc(
        'zone',
        z.code,
        'NRT ear zone (lumbar)',
        `${z.name} · schematic`,
        [z.name, z.area],
        ['NRT', 'neuroreflexotherapy', 'ear', 'lumbosacral'],
      ),
    ),
    ...auricular.points.map((p) =>
      doc(
        'ear-point',
        p.code,
        `${p.code} ${p.name}`,
        `Ear point · ${p.uses.map((u) => u.context).join(', ')}`,
        [p.name],
        ['ear', 'auricular', ...p.uses.map((u) => (u.context === 'nada' ? 'NADA' : 'low back'))],
      ),
    ),
    ...keyPoints.map((k) =>
      doc(
        'key-point',
        k.code,
        `${k.level} key sensory point`,
        k.location,
        [`${k.level} key point`, k.level],
        ['ISNCSCI', 'dermatome', 'key point'],
      ),
    ),
  ];
}
