import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built page: everything from the page's own origin, no eval and no inline
 * script. `wasm-unsafe-eval` lets the meshopt decoder compile its WebAssembly; the body decoder's worker is a
 * same-origin file. Styles set from script (React `style` props) go through the CSSOM, which the policy allows.
 * `data:` images: the page's empty favicon.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Headers the preview server (and any static host that copies them) sends with the built page. */
export const SECURITY_HEADERS: Record<string, string> = {
  // frame-ancestors only works as a header, not in the meta tag
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Puts the policy in the built index.html as a meta tag, first in <head>. Build only: the dev server's hot reload
 * injects inline scripts, so in dev the page runs without a policy.
 */
export function cspPlugin(): Plugin {
  return {
    name: 'pointatlas-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
