/* global window */
// Renders the generated bodies (models/body-<id>.glb) from fixed views into screenshots/bodies/ with three in
// headless Chromium (Debian's /usr/bin/chromium, SwiftShader). Run: node scripts/render-body.mjs [female|male ...]
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './browser.mjs';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'screenshots/bodies');
mkdirSync(out, { recursive: true });
const ids = process.argv.slice(2).length ? process.argv.slice(2) : ['female', 'male'];
const only = process.env.VIEWS ? process.env.VIEWS.split(',') : null;

const page = `<!doctype html><html><head><link rel="icon" href="data:,"></head>
<body style="margin:0;background:#cfd3d6;overflow:hidden">
<script type="importmap">{"imports":{"three":"/node_modules/three/build/three.module.js",
"three/addons/":"/node_modules/three/examples/jsm/"}}</script>
<script type="module">
import * as THREE from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setSize(innerWidth, innerHeight);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
scene.background = new THREE.Color(0xcfd3d6);
scene.add(new THREE.HemisphereLight(0xffffff, 0x444444, 0.9));
const key = new THREE.DirectionalLight(0xffffff, 2.2);
scene.add(key, key.target);
const camera = new THREE.PerspectiveCamera(20, innerWidth / innerHeight, 0.01, 20);
const id = new URLSearchParams(location.search).get('id');
const gltf = await new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).loadAsync('/models/body-' + id + '.glb');
// the GLB carries no normals (the app computes them): compute them here too
gltf.scene.traverse((o) => { if (o.isMesh) { o.geometry.computeVertexNormals(); o.material = new THREE.MeshStandardMaterial({ color: 0xd9b8a0, roughness: 0.75 }); } });
scene.add(gltf.scene);
const H = new THREE.Box3().setFromObject(gltf.scene).max.y;
const lm = await (await fetch('/models/body-' + id + '.landmarks.json')).json();
const L = lm.landmarks;
if (new URLSearchParams(location.search).get('markers')) {
  const geo = new THREE.SphereGeometry(0.004, 8, 6);
  const mat = new THREE.MeshBasicMaterial({ color: 0xd02020 });
  for (const p of Object.values(L)) {
    const m = new THREE.Mesh(geo, mat);
    m.position.set(...p);
    scene.add(m);
  }
}
window.setView = (v) => {
  const views = {
    front: { t: [0, H * 0.5, 0], d: [0, 0, 1], dist: H * 3.3, light: [-0.6, 0.5, 1] },
    back: { t: [0, H * 0.5, 0], d: [0, 0, -1], dist: H * 3.3, light: [0.6, 0.5, -1] },
    left: { t: [0, H * 0.5, 0], d: [1, 0, 0], dist: H * 3.3, light: [1, 0.5, 0.6] },
    right: { t: [0, H * 0.5, 0], d: [-1, 0, 0], dist: H * 3.3, light: [-1, 0.5, 0.6] },
    torso: { t: [0, H * 0.7, 0], d: [0.25, 0.05, 1], dist: H * 1.5, light: [-0.8, 0.6, 0.7] },
    backtorso: { t: [0, H * 0.7, 0], d: [-0.25, 0.05, -1], dist: H * 1.5, light: [0.8, 0.6, -0.7] },
    face: { t: [0, L['nose_tip'][1] + 0.01, 0.05], d: [0.35, 0.05, 1], dist: 0.75, light: [-0.7, 0.4, 1] },
    profile: { t: [0, L['nose_tip'][1] + 0.01, 0.0], d: [1, 0.02, 0.05], dist: 0.85, light: [0.6, 0.4, 1] },
    hand: { t: L['palm_centre.L'], d: [0.1, 0, 1], dist: 0.7, light: [0.5, 0.5, 1] },
    handback: { t: L['palm_centre.L'], d: [0.1, 0, -1], dist: 0.7, light: [0.5, 0.5, -1] },
    foot: { t: [L['mtp_3.L'][0] + 0.02, 0.04, (L['heel.L'][2] + L['great_toe_tip.L'][2]) / 2], d: [0.9, 0.6, 0.9], dist: 1.1, light: [0.3, 1, 0.8] },
    sole: { t: [L['mtp_3.L'][0], 0.04, (L['heel.L'][2] + L['great_toe_tip.L'][2]) / 2], d: [-1, 0.35, 0.25], dist: 1.1, light: [-1, 0.6, 0.3] },
    knee: { t: [L['patella_base.L'][0], L['patella_base.L'][1] - 0.02, 0], d: [0.5, 0.1, 1], dist: 2.2, light: [0.8, 0.4, 0.6] },
    ear: { t: L['tragus.L'], d: [1, 0.05, 0.1], dist: 0.35, light: [1, 0.5, 0.6] },
  };
  const s = views[v];
  const t = new THREE.Vector3(...s.t);
  const d = new THREE.Vector3(...s.d).normalize();
  camera.position.copy(t).addScaledVector(d, s.dist);
  camera.lookAt(t);
  key.position.copy(t).add(new THREE.Vector3(...s.light).multiplyScalar(3));
  key.target.position.copy(t);
  renderer.render(scene, camera);
  return true;
};
// several views side by side in one image (for a quick look)
window.sheet = (names) => {
  renderer.setSize(innerWidth, innerHeight);
  const w = innerWidth / names.length;
  renderer.setScissorTest(true);
  camera.aspect = w / innerHeight;
  camera.updateProjectionMatrix();
  names.forEach((n, i) => {
    renderer.setViewport(i * w, 0, w, innerHeight);
    renderer.setScissor(i * w, 0, w, innerHeight);
    window.setView(n);
  });
  renderer.setScissorTest(false);
  renderer.setViewport(0, 0, innerWidth, innerHeight);
  camera.aspect = innerWidth / innerHeight;
  camera.updateProjectionMatrix();
};
window.ready = true;
</script></body></html>`;

const types = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.glb': 'model/gltf-binary',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(page);
    return;
  }
  const file = join(root, decodeURIComponent(url.pathname));
  if (!file.startsWith(root) || !existsSync(file)) {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});
try {
  for (const id of ids) {
    const p = await browser.newPage({ viewport: { width: 700, height: 900 } });
    p.on('pageerror', (e) => console.error('page error:', e.message));
    await p.goto(`http://127.0.0.1:${port}/?id=${id}${process.env.MARKERS ? '&markers=1' : ''}`);
    await p.waitForFunction(() => window.ready === true, null, { timeout: 60_000 });
    const views = [
      'front',
      'back',
      'left',
      'right',
      'torso',
      'backtorso',
      'face',
      'profile',
      'hand',
      'handback',
      'foot',
      'knee',
      'ear',
    ];
    for (const v of views.filter((x) => !only || only.includes(x))) {
      await p.evaluate((name) => window.setView(name), v);
      await p.screenshot({ path: join(out, `${id}-${v}.png`) });
    }
    if (process.env.SHEET) {
      await p.setViewportSize({ width: 1400, height: 700 });
      for (const [i, group] of process.env.SHEET.split(';').entries()) {
        await p.evaluate((names) => window.sheet(names), group.split(','));
        await p.screenshot({ path: join(out, `${id}-${process.env.MARKERS ? 'markers' : 'sheet'}${i}.png`) });
      }
    }
    await p.close();
    console.log(`rendered ${id} into ${out}`);
  }
} finally {
  await browser.close();
  server.close();
}
