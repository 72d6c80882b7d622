import { afterEach, expect, it, vi } from 'vitest';
import { loadDataFile } from '../../src/state/dataFile';

afterEach(() => vi.unstubAllGlobals());

/** A fetch that answers each call with the next of `statuses` (the body `{"n":<call>}` when ok). */
const fetchAnswering = (...statuses: number[]) => {
  let call = 0;
  const fetch = vi.fn(async () => {
    const status = statuses[Math.min(call++, statuses.length - 1)];
    return new Response(JSON.stringify({ n: call }), { status });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
};

it('forgets a failed load, so the next call fetches the file again', async () => {
  const fetch = fetchAnswering(500, 200);
  await expect(loadDataFile('/assets/a-1.json')).rejects.toThrow(
    'the data file /assets/a-1.json could not be loaded (500)',
  );
  expect(await loadDataFile('/assets/a-1.json')).toEqual({ n: 2 });
  expect(fetch).toHaveBeenCalledTimes(2);
});

it('forgets a network failure too', async () => {
  const fetch = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch'));
  fetch.mockResolvedValueOnce(new Response('[1]'));
  vi.stubGlobal('fetch', fetch);
  await expect(loadDataFile('/assets/b-1.json')).rejects.toThrow('Failed to fetch');
  expect(await loadDataFile('/assets/b-1.json')).toEqual([1]);
});

it('shares a success: one request per file, however many callers', async () => {
  const fetch = fetchAnswering(200);
  const [a, b] = [loadDataFile('/assets/c-1.json'), loadDataFile('/assets/c-1.json')];
  expect(a).toBe(b);
  expect(await a).toEqual({ n: 1 });
  expect(await loadDataFile('/assets/c-1.json')).toBe(await a);
  expect(await loadDataFile('/assets/d-1.json')).toEqual({ n: 2 });
  expect(fetch).toHaveBeenCalledTimes(2);
  expect(fetch).toHaveBeenNthCalledWith(1, '/assets/c-1.json');
  expect(fetch).toHaveBeenNthCalledWith(2, '/assets/d-1.json');
});
