/**
 * The bodies the build ships, found in models/ at build time. URLs are same-origin asset files. Kept free of heavy
 * imports: the page's first script reads it to start fetching the body at once.
 */
const glbUrls = import.meta.glob<string>('../../models/body-*.glb', {
  eager: true,
  query: '?url',
  import: 'default',
});
export const idOf = (path: string): string =>
  /body-([a-z0-9-]+)\.(?:glb|landmarks\.json)$/.exec(path)?.[1] ?? '';

const urlById = new Map(Object.entries(glbUrls).map(([path, url]) => [idOf(path), url]));

/** Body ids, female first; falls back to the two planned bodies so the UI can say what is missing. */
export const BODY_IDS: readonly string[] = urlById.size
  ? [...urlById.keys()].sort((a, b) => (a === 'female' ? -1 : b === 'female' ? 1 : a.localeCompare(b)))
  : ['female', 'male'];

export const DEFAULT_BODY = BODY_IDS[0];

/** Same-origin URL of a body's GLB, or null if the build has none. */
export const bodyUrl = (id: string): string | null => urlById.get(id) ?? null;
