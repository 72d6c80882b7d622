import { expect, it, vi } from 'vitest';
import { sharedLoad } from '../../src/state/sharedLoad';

it('shares one load per key and forgets a failed one, so a retry loads again', async () => {
  let fail = true;
  const load = vi.fn(async (key: string) => {
    if (fail) throw new Error(`no ${key}`);
    return key.toUpperCase();
  });
  const get = sharedLoad(load);
  const [a, b] = [get('female'), get('female')];
  expect(a).toBe(b);
  await expect(a).rejects.toThrow('no female');
  fail = false;
  expect(await get('female')).toBe('FEMALE');
  expect(await get('female')).toBe('FEMALE');
  expect(load).toHaveBeenCalledTimes(2);
});
