import { JSDOM } from 'jsdom';

/**
 * Gives Node the DOMParser that three's ColladaLoader parses XML with (browsers have it). Used by the command line
 * and the tests only; the app never imports this file.
 */
export function installNodeDom(): void {
  const g = globalThis as { DOMParser?: unknown; Node?: unknown };
  if (g.DOMParser && g.Node) return;
  const { window } = new JSDOM('');
  g.DOMParser = window.DOMParser;
  g.Node = window.Node;
}
