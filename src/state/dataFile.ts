import { sharedLoad } from './sharedLoad';

/**
 * A JSON data file of a production build (scripts/jsonModule.ts writes the modules that call this), fetched from
 * the page's origin: callers asking for the same file share one request and its result; a failed one is forgotten,
 * so the next call (Retry) fetches again. The fetch is not done while the module evaluates: the browser keeps a
 * module that failed to evaluate, and every later import() of it would fail without fetching.
 */
export const loadDataFile = sharedLoad(async (url: string): Promise<unknown> => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`the data file ${url} could not be loaded (${res.status})`);
  return res.json();
});
