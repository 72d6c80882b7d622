// Renders close-ups of the generated ear into screenshots/ear/ with three in headless Chromium.
// Run: npx tsx scripts/render-ear.mjs [female|male]
import { createServer } from 'node:http';
import { readFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './browser.mjs';
import { buildEar, EAR_SIZES, EAR_REGIONS } from '../src/body/ear/index.ts';

const sex = process.argv[2] === 'female' ? 'female' : 'male';
const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'screenshots/ear');
mkdirSync(out, { recursive: true });
const t0 = Date.now();
const ear = buildEar(EAR_SIZES[sex]);
console.log(`built ${sex} ear in ${Date.now() - t0} ms: ${ear.indices.length / 3} triangles`);
const palette = EAR_REGIONS.map((_, i) => {
  const h = (i * 0.618034) % 1;
  return `hsl(${Math.round(h * 360)}, 65%, ${i % 2 ? 55 : 42}%)`;
});
const data = JSON.stringify({
  positions: Array.from(ear.positions),
  normals: Array.from(ear.normals),
  indices: Array.from(ear.indices),
  region: Array.from(ear.region),
  palette,
  names: EAR_REGIONS,
});

const page = `<!doctype html><html><body style="margin:0;background:#d8d8d8">
<div id="legend" style="position:absolute;right:6px;top:6px;font:11px sans-serif"></div>
<script type="importmap">{"imports":{"three":"/three.module.js"}}</script>
<script type="module">
import * as THREE from 'three';
const d = await (await fetch('/ear.json')).json();
const g = new THREE.BufferGeometry();
g.setAttribute('position', new THREE.Float32BufferAttribute(d.positions, 3));
g.setAttribute('normal', new THREE.Float32BufferAttribute(d.normals, 3));
g.setIndex(d.indices);
const colors = new Float32Array(d.region.length * 3);
const c = new THREE.Color();
d.region.forEach((r, i) => { c.setStyle(d.palette[r]); colors.set([c.r, c.g, c.b], 3 * i); });
g.setAttribute('color', new THREE.Float32BufferAttribute(colors, 3));
const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true });
renderer.setSize(900, 900);
document.body.appendChild(renderer.domElement);
const scene = new THREE.Scene();
scene.background = new THREE.Color(0xd8d8d8);
scene.add(new THREE.HemisphereLight(0xffffff, 0x606060, 1.4));
const key = new THREE.DirectionalLight(0xffffff, 2.2);
scene.add(key);
const skin = new THREE.MeshStandardMaterial({ color: 0xd9a48a, roughness: 0.6 });
const regions = new THREE.MeshStandardMaterial({ vertexColors: true, roughness: 0.8 });
const mesh = new THREE.Mesh(g, skin);
scene.add(mesh);
const cam = new THREE.PerspectiveCamera(28, 1, 0.001, 1);
window.view = (eye, light, colored) => {
  mesh.material = colored ? regions : skin;
  cam.position.set(...eye);
  cam.up.set(0, 1, 0);
  cam.lookAt(0.008, 0, -0.004);
  key.position.set(...light);
  renderer.render(scene, cam);
  document.getElementById('legend').innerHTML = colored
    ? d.names.map((n, i) => '<div><span style="display:inline-block;width:10px;height:10px;background:' + d.palette[i] + '"></span> ' + n + '</div>').join('')
    : '';
};
window.ready = true;
</script></body></html>`;

const three = readFileSync(resolve(root, 'node_modules/three/build/three.module.js'));
const threeCore = readFileSync(resolve(root, 'node_modules/three/build/three.core.js'));
const server = createServer((req, res) => {
  if (req.url === '/three.module.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(three);
  else if (req.url === '/three.core.js')
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(threeCore);
  else if (req.url === '/ear.json') res.writeHead(200, { 'content-type': 'application/json' }).end(data);
  else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address();
const browser = await launchChromium();
const tab = await browser.newPage({ viewport: { width: 900, height: 900 } });
tab.on('pageerror', (e) => console.error(e));
await tab.goto(`http://127.0.0.1:${port}/`);
await tab.waitForFunction(() => globalThis.ready === true);
const L = ear.plane.lateral;
const views = {
  // Face-on: along the normal of the ear plane, as an auricular chart shows the ear.
  face: [[0.008 + 0.17 * L[0], 0, -0.004 + 0.17 * L[2]], [0.3, 0.25, 0.2], false],
  lateral: [[0.17, 0, -0.004], [0.3, 0.25, 0.2], false],
  oblique: [[0.11, 0.07, 0.11], [0.2, 0.3, 0.1], false],
  posterior: [[0.06, 0.02, -0.16], [0.1, 0.2, -0.3], false],
  grazing: [[0.16, 0.0, 0.06], [0.05, 0.4, 0.0], false],
  regions: [[0.17, 0, -0.004], [0.3, 0.25, 0.2], true],
  'face-regions': [[0.008 + 0.17 * L[0], 0, -0.004 + 0.17 * L[2]], [0.3, 0.25, 0.2], true],
};
for (const [name, [eye, light, colored]] of Object.entries(views)) {
  await tab.evaluate(([e, l, c]) => globalThis.view(e, l, c), [eye, light, colored]);
  await tab.screenshot({ path: resolve(out, `${sex}-${name}.png`) });
}
await browser.close();
server.close();
console.log(`wrote ${Object.keys(views).length} views to ${out}`);
