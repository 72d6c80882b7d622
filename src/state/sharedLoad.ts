/**
 * Wraps an async load by key so that callers asking for the same key share one request, and a failed one is
 * forgotten (the next call, a Retry, loads again).
 */
export function sharedLoad<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const pending = new Map<string, Promise<T>>();
  return (key) => {
    let hit = pending.get(key);
    if (!hit) {
      hit = load(key);
      hit.catch(() => pending.delete(key));
      pending.set(key, hit);
    }
    return hit;
  };
}
