import { useEffect, useRef } from 'react';
import { siteIdOf } from '../state/atlasTypes';
import { BODY_IDS } from '../state/bodyUrls';
import { NEURO_LAYER_IDS } from '../state/neuroLayers';
import { isNptCode } from '../state/nptStore';
import { pointRecord } from '../state/selectors';
import { useAtlasStore } from '../state/store';
import { canonicalQuery, formatUrlState, parseUrlState } from '../state/urlState';
import { urlStateOf } from '../state/urlStateOf';

/**
 * Applies a link to the store once, reports what could not be used, and keeps the address bar in step after. The
 * address is rewritten only when it says something other than the state, or holds something that could not be used:
 * each rewrite makes the browser repaint its address bar, which in software rendering competes with the view's first
 * frame (docs/performance.md).
 */
export function useUrlSync(): void {
  const checkedPoint = useRef(false);
  const checkedLayers = useRef(false);
  useEffect(() => {
    const store = useAtlasStore.getState();
    const search0 = window.location.search;
    // a link to a tour loads the tours' code (and zod, to check a tour in the link) only when it names one
    if (/[?&]tour(data)?=/.test(search0))
      void import('../state/tours/presentFromLink')
        .then((m) => m.presentFromLink(search0))
        .catch((e) =>
          store.notify(`The tour in the link could not be opened: ${e instanceof Error ? e.message : e}`),
        );
    const { state, problems } = parseUrlState(search0, BODY_IDS);
    problems.forEach((p) => store.notify(p));
    useAtlasStore.setState({
      bodyId: state.body ?? BODY_IDS[0],
      layerOn: Object.fromEntries((state.layers ?? []).map((id) => [id, true])),
      layerListed: state.layers !== undefined,
      groupOff: Object.fromEntries((state.hidden ?? []).map((k) => [k, true])),
      selection: state.selection ?? null,
      showAlternative: state.alternative ?? false,
      view: state.pose || (state.selection && !state.view) ? null : (state.view ?? 'front'),
      camera: state.pose
        ? { pose: state.pose, instant: true, serial: 1 }
        : state.selection && !state.view
          ? { focusSite: siteIdOf(state.selection), instant: true, serial: 1 }
          : { preset: state.view ?? 'front', instant: true, serial: 1 },
      pose: null,
    });
    let shown: { search: string | null; canonical: string | null } = { search: null, canonical: null };
    // The point code is checked against the data when it arrives: an unknown code is dropped with a notice.
    const unsubscribe = useAtlasStore.subscribe((s) => {
      if (!checkedPoint.current && s.data) {
        checkedPoint.current = true;
        if (s.selection && !isNptCode(s.selection.code) && !pointRecord(s.data, s.selection.code)) {
          s.notify(`Unknown point “${s.selection.code}” in the link: nothing selected.`);
          useAtlasStore.setState({ selection: null });
        }
      }
      // A layer the link names is checked once the atlas's layers are known (the neuro layers may come later).
      if (!checkedLayers.current && s.atlasStatus === 'ready') {
        checkedLayers.current = true;
        const known = new Set([...s.layers.map((l) => l.id), ...NEURO_LAYER_IDS]);
        for (const id of Object.keys(s.layerOn))
          if (!known.has(id)) s.notify(`Unknown layer “${id}” in the link ignored.`);
      }
      const next = formatUrlState(urlStateOf(s, BODY_IDS[0]));
      // the address's own meaning is read again only when the address changed (this runs on every store change)
      const search = window.location.search;
      if (search !== shown.search) shown = { search, canonical: canonicalQuery(search, BODY_IDS) };
      if (next !== shown.canonical) {
        window.history.replaceState(null, '', next ? `?${next}` : window.location.pathname);
      }
    });
    return unsubscribe;
  }, []);
}
