// The region screenshots of issue 3 (channel points, extra points and channel lines on; point codes labelled): head
// front/side/back, chest, abdomen, back, arm both aspects, hand both aspects, leg all aspects, foot all aspects, on both
// bodies, 1280×800, to screenshots/regions/<body>-<region>.png. `npm run screenshots -- --regions`.
// The camera is passed in the link (`cam=`), aimed from the body's landmarks; limbs are shown on the subject's left.
// Labels are drawn over the picture by this script (the viewer labels only the hovered and selected points): codes of
// the left and midline sites the body does not hide, placed so that none overlap.
/* global document */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitReady } from './browser.mjs';

const OUT = 'screenshots/regions';
const FOV = 35; // src/core/cameraPresets.ts VIEW_FOV

const add = (a, b) => a.map((x, i) => x + b[i]);
const mid = (a, b) => a.map((x, i) => (x + b[i]) / 2);
const unit = (v) => {
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
};

/**
 * A region: the point the camera looks at, the direction from there to the camera, and the height (m) to fit on screen.
 * `lm(name)` reads a landmark.
 */
const REGIONS = [
  { name: 'head-front', at: (lm) => mid(lm('vertex'), lm('chin')), dir: [0, 0.05, 1], span: 0.3 },
  {
    name: 'head-side',
    at: (lm) => [0, mid(lm('vertex'), lm('chin'))[1], lm('tragus.L')[2] + 0.01],
    dir: [1, 0.05, 0],
    span: 0.32,
  },
  {
    name: 'head-back',
    at: (lm) => mid(lm('vertex'), lm('spinous.C7')),
    dir: [0, 0.1, -1],
    span: 0.32,
  },
  {
    name: 'chest',
    at: (lm) => [0, mid(lm('suprasternal_notch'), lm('xiphisternal_junction'))[1] + 0.01, 0.1],
    dir: [0, 0.1, 1],
    span: 0.36,
  },
  {
    name: 'abdomen',
    at: (lm) => [0, mid(lm('xiphisternal_junction'), lm('pubic_symphysis'))[1], 0.12],
    dir: [0, 0, 1],
    span: 0.38,
  },
  {
    name: 'back-upper',
    at: (lm) => [0, mid(lm('spinous.C7'), lm('spinous.T12'))[1] + 0.02, -0.06],
    dir: [0, 0.05, -1],
    span: 0.38,
  },
  {
    name: 'back-lower',
    at: (lm) => [0, mid(lm('spinous.T12'), lm('gluteal_fold.L'))[1], -0.08],
    dir: [0, 0, -1],
    span: 0.42,
  },
  {
    name: 'arm-anterior',
    at: (lm) => add(mid(lm('acromion.L'), lm('wrist_crease_palmar.L')), [0.05, -0.03, 0]),
    dir: [-0.15, 0, 1],
    span: 0.68,
  },
  {
    name: 'arm-posterior',
    at: (lm) => add(mid(lm('acromion.L'), lm('wrist_crease_dorsal.L')), [0.05, -0.03, 0]),
    dir: [0.15, 0, -1],
    span: 0.68,
  },
  {
    name: 'hand-palm',
    at: (lm) => mid(lm('wrist_crease_palmar.L'), lm('middle_tip.L')),
    dir: [0.1, 0, 1],
    span: 0.24,
  },
  {
    name: 'hand-dorsum',
    at: (lm) => mid(lm('wrist_crease_dorsal.L'), lm('middle_tip.L')),
    dir: [0.2, 0, -1],
    span: 0.24,
  },
  ...['anterior', 'lateral', 'medial', 'posterior'].flatMap((aspect) => {
    const dir = { anterior: [0, 0, 1], lateral: [1, 0, 0], medial: [-0.8, 0, 0.6], posterior: [0, 0, -1] }[
      aspect
    ];
    return [
      {
        name: `thigh-${aspect}`,
        at: (lm) => [
          mid(lm('greater_trochanter.L'), lm('patella_apex.L'))[0] - 0.02,
          mid(lm('asis.L'), lm('patella_apex.L'))[1],
          0,
        ],
        dir,
        span: 0.58,
      },
      {
        name: `lowerleg-${aspect}`,
        at: (lm) => {
          const knee = mid(lm('patella_apex.L'), lm('popliteal_crease.L'));
          const ankle = mid(lm('medial_malleolus.L'), lm('lateral_malleolus.L'));
          return [mid(knee, ankle)[0], mid(knee, ankle)[1] + 0.02, 0.01];
        },
        dir,
        span: 0.5,
      },
    ];
  }),
  {
    name: 'foot-dorsum',
    at: (lm) => mid(lm('ankle_front.L'), lm('mtp_3.L')),
    dir: [0.15, 1, 0.6],
    span: 0.24,
  },
  {
    name: 'foot-lateral',
    at: (lm) => mid(lm('heel.L'), lm('mtp_3.L')),
    dir: [1, 0.2, 0],
    span: 0.22,
  },
  {
    name: 'foot-medial',
    at: (lm) => mid(lm('heel.L'), lm('toe_web_1_2.L')),
    dir: [-0.7, 0.6, 0.1],
    span: 0.24,
  },
  {
    name: 'foot-sole',
    at: (lm) => mid(lm('heel.L'), lm('mtp_3.L')),
    dir: [0.1, -0.9, -0.35],
    span: 0.3,
  },
];

/** Greedy label placement: each code beside its marker, in the first of eight spots that overlaps nothing placed. */
function layout(marks, width, height) {
  const placed = [];
  const boxes = marks.map((m) => ({ x: m.x - 4, y: m.y - 4, w: 8, h: 8 })); // markers stay visible
  const hit = (b) =>
    b.x < 0 ||
    b.y < 50 ||
    b.x + b.w > width ||
    b.y + b.h > height ||
    boxes.some((o) => b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h);
  for (const m of marks) {
    const w = m.text.length * 7 + 6;
    const h = 14;
    const spots = [
      [7, -h / 2],
      [-w - 7, -h / 2],
      [-w / 2, -h - 6],
      [-w / 2, 6],
      [6, -h - 3],
      [-w - 6, -h - 3],
      [6, 3],
      [-w - 6, 3],
    ];
    for (const [dx, dy] of spots) {
      const b = { x: m.x + dx, y: m.y + dy, w, h };
      if (hit(b)) continue;
      boxes.push(b);
      placed.push({ ...b, text: m.text, extra: m.extra });
      break;
    }
  }
  return placed;
}

/** The site ids (the same on every body) of the channel and extra points, from `npm run export`. */
function siteIds() {
  for (const body of ['female', 'male']) {
    const dir = mkdtempSync(join(tmpdir(), 'pointatlas-regions-'));
    try {
      const args = ['node_modules/tsx/dist/cli.mjs', 'src/cli/export.ts', '--out', dir, '--body', body];
      execFileSync('node', args, { stdio: 'ignore' });
      return JSON.parse(readFileSync(join(dir, 'points.json'), 'utf8')).points.filter(
        (s) => (s.layer === 'meridian' || s.layer === 'extra') && s.side !== 'R',
      );
    } catch {
      console.warn(`warning: the export failed on the ${body} body`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  throw new Error('no body exports its points');
}

/** Writes screenshots/regions/<body>-<region>.png for both bodies from a served build at `base`. */
export async function shootRegions(browser, base, only = null) {
  mkdirSync(OUT, { recursive: true });
  const half = Math.tan((FOV * Math.PI) / 360);
  const sites = siteIds();
  for (const body of ['female', 'male']) {
    const landmarks = JSON.parse(readFileSync(`models/body-${body}.landmarks.json`, 'utf8')).landmarks;
    const lm = (name) => {
      if (!landmarks[name]) throw new Error(`body ${body} has no landmark ${name}`);
      return landmarks[name];
    };
    for (const r of REGIONS) {
      if (only && !only.some((o) => r.name.startsWith(o))) continue;
      const target = r.at(lm);
      const position = add(
        target,
        unit(r.dir).map((x) => (x * r.span) / 2 / half),
      );
      const cam = [...position, ...target].map((x) => x.toFixed(3)).join(',');
      // the picture hides the layer panel with a style tag, which the app's CSP (style-src 'self') would block
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
      await page.goto(`${base}/?body=${body}&layers=points,channels,extra&cam=${cam}`);
      await waitReady(page);
      await page.addStyleTag({ content: '.layer-panel{display:none!important}' });
      await page.evaluate(() => globalThis.__pointatlas?.renderFrames(2));
      const marks = [];
      for (const s of sites) {
        const xy = await page.evaluate((id) => globalThis.__pointatlas?.projectSite(id) ?? null, s.id);
        if (xy) marks.push({ ...xy, text: s.code.replace(/^EX-/, ''), extra: s.layer !== 'meridian' });
      }
      const labels = layout(marks, 1280, 800);
      await page.evaluate(
        ({ labels, title }) => {
          const div = document.createElement('div');
          div.style.cssText =
            'position:fixed;inset:0;pointer-events:none;z-index:50;font:bold 11px sans-serif';
          const caption = document.createElement('div');
          caption.textContent = title;
          caption.style.cssText =
            'position:absolute;left:12px;top:60px;padding:4px 8px;background:#000a;color:#fff;font-size:14px';
          div.appendChild(caption);
          for (const l of labels) {
            const el = document.createElement('div');
            el.textContent = l.text;
            el.style.cssText = `position:absolute;left:${l.x}px;top:${l.y}px;line-height:14px;padding:0 3px;color:${
              l.extra ? '#e6d3ff' : '#fff'
            };background:#000b;border-radius:3px;white-space:nowrap`;
            div.appendChild(el);
          }
          document.body.appendChild(div);
        },
        { labels, title: `${body} · ${r.name} (labels: left and midline sites)` },
      );
      const file = `${OUT}/${body}-${r.name}.png`;
      await page.screenshot({ path: file });
      console.log(`${file} (${labels.length}/${marks.length} labelled)`);
      await page.close();
    }
  }
}
