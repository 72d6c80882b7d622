import type { Side } from '../schema/common';
import type { Vec3 } from '../core/vec';
import type { Selection } from './atlasTypes';
import type { CameraPose, ViewPreset } from './viewTypes';
import { isViewPreset } from './viewTypes';

/** What a link can say about the screen. Absent fields mean "the default". */
export interface UrlState {
  body?: string;
  /** Layers switched on (the rest off) when present. */
  layers?: string[];
  /** `layer:group` keys switched off. */
  hidden?: string[];
  selection?: Selection;
  alternative?: boolean;
  view?: ViewPreset;
  pose?: CameraPose;
}

const LIST = /^[A-Za-z0-9:_-]+$/;
const CODE = /^[A-Z]{2}\d{1,2}$|^EX-[A-Z]{1,2}\d{1,2}$|^NPT-[A-Z0-9]+(-[A-Z0-9]+)*$/;

const parseList = (raw: string): string[] | null => {
  if (raw === '') return [];
  const items = raw.split(',');
  return items.every((i) => LIST.test(i)) ? items : null;
};

const parsePose = (raw: string): CameraPose | null => {
  const n = raw.split(',').map(Number);
  if (n.length !== 6 || n.some((v) => !Number.isFinite(v) || Math.abs(v) > 100)) return null;
  return { position: [n[0], n[1], n[2]], target: [n[3], n[4], n[5]] };
};

const KNOWN = new Set(['body', 'layers', 'hide', 'point', 'side', 'alt', 'view', 'cam']);
/** A tour's parameters: read by the tours (state/tours/presentActions.ts), not part of the view's state. */
const TOUR_PARAMS = new Set(['tour', 'tourdata', 'scene']);
const YES = new Set(['1', 'yes', 'true', 'on']);
const NO = new Set(['0', 'no', 'false', 'off']);
/** Longest value a link parameter may have: a full `layers` list is a few hundred characters. */
export const MAX_PARAM_LENGTH = 1000;
/** A parameter's name or value as a notice quotes it: never the whole of a huge one. */
const quote = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * The parameters the link may use, each once: unknown ones, repeats (the first is kept) and over-long values are
 * dropped, each with a notice, so the address is rewritten without them.
 */
function cleanParams(q: URLSearchParams, problems: string[]): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of q) {
    if (TOUR_PARAMS.has(key)) continue;
    if (!KNOWN.has(key)) problems.push(`Unknown link parameter “${quote(key)}” ignored.`);
    else if (out.has(key)) problems.push(`“${key}” appears more than once in the link: the first is used.`);
    else if (value.length > MAX_PARAM_LENGTH)
      problems.push(`“${key}” in the link is too long and was ignored.`);
    else out.set(key, value);
  }
  return out;
}

/**
 * Reads the query string. Each parameter stands alone: a malformed or unknown one is reported in `problems`
 * and dropped, and the rest still apply. Whether a point code exists is checked later, against the data.
 */
export function parseUrlState(
  search: string,
  bodies: readonly string[],
): { state: UrlState; problems: string[] } {
  const problems: string[] = [];
  const q = cleanParams(new URLSearchParams(search), problems);
  const state: UrlState = {};

  const body = q.get('body');
  if (body !== null) {
    if (bodies.includes(body)) state.body = body;
    else problems.push(`Unknown body “${body}”: showing the default body.`);
  }
  for (const [param, field] of [
    ['layers', 'layers'],
    ['hide', 'hidden'],
  ] as const) {
    const raw = q.get(param);
    if (raw === null) continue;
    const list = parseList(raw);
    if (list) state[field] = list;
    else problems.push(`Malformed “${param}” in the link ignored.`);
  }
  const point = q.get('point');
  if (point !== null) {
    const [code, key] = point.split(':');
    const sideRaw = q.get('side') ?? '';
    const side: Side | null = sideRaw === '' ? null : /^[LRM]$/.test(sideRaw) ? (sideRaw as Side) : null;
    if (!CODE.test(code) || (key !== undefined && !/^[A-Za-z0-9]+$/.test(key))) {
      problems.push(`“${point}” is not a point code: nothing selected.`);
    } else {
      if (sideRaw !== '' && side === null) problems.push(`Unknown side “${sideRaw}”: showing the left side.`);
      state.selection = { code, side: side ?? 'L', ...(key ? { key } : {}) };
    }
  }
  const alt = q.get('alt');
  if (alt !== null) {
    if (YES.has(alt.toLowerCase())) state.alternative = true;
    else if (!NO.has(alt.toLowerCase()))
      problems.push(`“alt=${alt}” in the link not understood: showing the main location.`);
  }
  const view = q.get('view');
  if (view !== null) {
    if (isViewPreset(view)) state.view = view;
    else problems.push(`Unknown view “${view}”: showing the front.`);
  }
  const cam = q.get('cam');
  if (cam !== null) {
    const pose = parsePose(cam);
    if (pose) state.pose = pose;
    else problems.push('Malformed camera in the link ignored.');
  }
  return { state, problems };
}

const fmt = (v: Vec3): string => v.map((x) => (Math.round(x * 1000) / 1000).toString()).join(',');

/** Writes the state as a query string (without `?`), leaving defaults out so links stay short. */
export function formatUrlState(s: UrlState): string {
  const q = new URLSearchParams();
  if (s.body) q.set('body', s.body);
  if (s.layers) q.set('layers', s.layers.join(','));
  if (s.hidden && s.hidden.length > 0) q.set('hide', s.hidden.join(','));
  if (s.selection) {
    q.set('point', s.selection.key ? `${s.selection.code}:${s.selection.key}` : s.selection.code);
    q.set('side', s.selection.side);
  }
  if (s.alternative) q.set('alt', '1');
  if (s.view) q.set('view', s.view);
  if (s.pose) q.set('cam', `${fmt(s.pose.position)},${fmt(s.pose.target)}`);
  return q.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/**
 * The query string as formatUrlState would write the same state, or null when it holds something that could not be
 * used (it is then to be rewritten). Parameter order and defaults written out do not count as a difference.
 */
export function canonicalQuery(search: string, bodies: readonly string[]): string | null {
  const { state, problems } = parseUrlState(search, bodies);
  return problems.length > 0 ? null : formatUrlState(state);
}
