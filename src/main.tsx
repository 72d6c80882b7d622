import { loadLandmarks } from './state/bodyAssets';
import { bodyUrl, BODY_IDS } from './state/bodyUrls';
import { decodeBodyFile } from './state/bodyDecode';
import { parseUrlState } from './state/urlState';

/**
 * The page's first script, kept small: it starts everything the first frame waits for at once, in parallel —
 * the body file (fetched and decoded in a worker) and its landmarks, the 3D code and the page itself (start.tsx).
 */
performance.mark('pointatlas:main');
const firstBodyId = parseUrlState(window.location.search, BODY_IDS).state.body ?? BODY_IDS[0];
const firstBody = bodyUrl(firstBodyId);
// a failure here is reported by the 3D view, which asks for the same files again
if (firstBody) decodeBodyFile(firstBody).catch(() => undefined);
loadLandmarks(firstBodyId).catch(() => undefined);
void import('./scene/AtlasCanvas').catch(() => undefined); // the view reports it, and asks again
// without the page itself nothing else can say what went wrong: the safety net (public/start-check.js) does
import('./start').catch(() => window.dispatchEvent(new Event('pointatlas:start-failed')));
