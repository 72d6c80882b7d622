/// <reference lib="webworker" />
// Resolves every layer of a user's body off the main thread: the skin index, the points, the channel lines and the
// nerve exit sites, the dermatome labels and key points take a tenth of a second on a shipped body and seconds on a big scan, which would freeze the page.
import { computeUserAtlas } from './userAtlasCore';
import type { UserAtlasInput, UserAtlasReply } from './userAtlasTypes';

const reply = (r: UserAtlasReply) => postMessage(r);

self.onmessage = (e: MessageEvent<UserAtlasInput>) => {
  try {
    const result = computeUserAtlas(e.data, (p) => reply({ type: 'progress', ...p }));
    const n = result.neuro;
    const ears = result.ears;
    const transfer = [
      ...('error' in n ? [] : [n.dermatomes.buffer, n.nrtZones.buffer]),
      ...(!ears || 'error' in ears ? [] : [ears.region.buffer, ears.area.buffer]),
    ];
    postMessage({ type: 'done', ...result } satisfies UserAtlasReply, transfer);
  } catch (err) {
    reply({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
  close();
};
