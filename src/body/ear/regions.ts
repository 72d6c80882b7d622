/** Named anatomical regions of the auricle (reference-facts §5); a mesh stores indices into this list. */
export const EAR_REGIONS = [
  'helix_crus',
  'helix',
  'helix_tubercle',
  'helix_tail',
  'antihelix_body',
  'antihelix_superior_crus',
  'antihelix_inferior_crus',
  'scapha',
  'triangular_fossa',
  'cymba_conchae',
  'cavum_conchae',
  'tragus',
  'antitragus',
  'intertragic_notch',
  'supratragic_notch',
  'lobe',
  'posterior_surface',
  'root',
] as const;

export type EarRegion = (typeof EAR_REGIONS)[number];

export const regionIndex = (name: string): number => (EAR_REGIONS as readonly string[]).indexOf(name);

/** Order in which front regions are painted on the ear plane: later ones win where frames overlap. */
export const PAINT_ORDER: EarRegion[] = [
  'lobe',
  'scapha',
  'triangular_fossa',
  'cavum_conchae',
  'cymba_conchae',
  'antitragus',
  'intertragic_notch',
  'supratragic_notch',
  'tragus',
  'antihelix_body',
  'antihelix_inferior_crus',
  'antihelix_superior_crus',
  'helix_crus',
  'helix_tail',
  'helix_tubercle',
  'helix',
];
