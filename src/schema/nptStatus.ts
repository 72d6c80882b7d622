// Kept apart from the zod schemas (nerveSite.ts): the viewer needs these words, not the validator.

/** How well a site is documented for this technique (reference-facts §4 table). */
export const NPT_STATUSES = ['documented-for-pit', 'nerve-block-only', 'anatomy-only'] as const;
export type NptStatus = (typeof NPT_STATUSES)[number];

/** Words the UI shows for each status. */
export const NPT_STATUS_LABELS: Record<NptStatus, string> = {
  'documented-for-pit': 'documented for perineural dextrose injection',
  'nerve-block-only': 'nerve-block literature only',
  'anatomy-only': 'anatomy only',
};
