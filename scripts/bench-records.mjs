/* global performance */
// npm run bench:records — the workspace with 500 clients and 10,000 visits on the device, in the production build in
// headless Chromium: the time to open the client list, to open a client with 40 visits and draw their charts, and to
// export everything. The records go in as a user would put them: one records file through the import dialog (validated
// and confirmed like any import). Usage: node scripts/bench-records.mjs [--no-build]
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, servePreview, waitReady } from './browser.mjs';

const CLIENTS = 500;
const VISITS = 10_000;
const BUSY = 40;

const hex = () => randomUUID().replace(/-/g, '').slice(0, 12);
const envelope = (at) => ({ id: randomUUID(), rev: `1-${hex()}`, updatedAt: at });
const flags = {
  pregnant: false,
  anticoagulants: false,
  bleedingDisorder: false,
  pacemaker: false,
  implantedDevice: false,
  diabetes: false,
  epilepsy: false,
  skinConditionSite: '',
};
const item = (id, code, layer, technique, extra = {}) => ({
  id,
  layer,
  code,
  side: 'both',
  technique,
  note: '',
  ...extra,
});

/** A records file: 500 clients with one plan each; the first has 40 visits, the others share the rest. */
function recordsFile() {
  const at = '2026-12-01T09:00:00.000Z';
  const records = [];
  const perOther = Math.floor((VISITS - BUSY) / (CLIENTS - 1));
  let left = VISITS;
  for (let c = 0; c < CLIENTS; c++) {
    const client = {
      ...envelope(at),
      kind: 'client',
      schemaVersion: 1,
      label: `C-${String(c).padStart(3, '0')}`,
      flags,
      note: '',
    };
    const items = [
      item('i1', 'BL40', 'channel-point', 'needle'),
      item('i2', 'NPT-SCN', 'nerve-site', 'perineural-injection', { injectate: '5% dextrose' }),
    ];
    const plan = {
      ...envelope(at),
      kind: 'plan',
      schemaVersion: 1,
      clientId: client.id,
      title: 'Low back',
      items,
      acknowledgements: [],
    };
    records.push(client, plan);
    const n = c === 0 ? BUSY : c === CLIENTS - 1 ? left : Math.min(perOther, left);
    left -= n;
    for (let v = 0; v < n; v++) {
      const day = new Date(Date.UTC(2024, 0, 1 + v * 7)).toISOString().slice(0, 10);
      const t = (k) => Math.round((2 + ((v * 7 + k * 3 + c) % 25) / 10) * 10) / 10;
      records.push({
        ...envelope(at),
        kind: 'visit',
        schemaVersion: 1,
        clientId: client.id,
        date: day,
        plan: { planId: plan.id, title: plan.title, items, acknowledgements: [] },
        nrsBefore: (v + c) % 11,
        nrsAfter: (v + c + 7) % 11 > 5 ? 2 : 1,
        readings: [
          { itemId: 'i1', site: 'BL40 both', before: t(0), after1: t(1), after15: t(2) },
          { itemId: 'i2', site: 'NPT-SCN both', before: t(3), after1: t(4), after15: t(5) },
        ],
        notes: '',
      });
    }
  }
  return { format: 'pointatlas-records', schemaVersion: 1, exportedAt: at, records };
}

const ms = (t0) => `${Math.round(performance.now() - t0)} ms`;

const file = join(mkdtempSync(join(tmpdir(), 'pa-bench-records-')), 'records.json');
const data = recordsFile();
writeFileSync(file, JSON.stringify(data));
const { base, stop } = await servePreview(4176, { build: !process.argv.includes('--no-build') });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(base);
  await waitReady(page);
  await page.getByRole('button', { name: 'Workspace' }).click();
  await page.getByRole('button', { name: 'Your data…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your data on this device' });
  let t0 = performance.now();
  await dialog.locator('input[type=file]').setInputFiles(file);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click({ timeout: 600_000 });
  await dialog.getByRole('status').filter({ hasText: 'Imported' }).waitFor({ timeout: 600_000 });
  console.log(`(setup) import of ${data.records.length} records, checked and confirmed: ${ms(t0)}`);

  // a fresh tab: the records are opened and listed from IndexedDB, nothing cached in memory
  await page.reload();
  await waitReady(page);
  t0 = performance.now();
  await page.getByRole('button', { name: 'Workspace' }).click();
  await page.getByRole('button', { name: 'C-499', exact: true }).waitFor({ timeout: 600_000 });
  console.log(`open the client list (${CLIENTS} clients, ${VISITS} visits stored): ${ms(t0)}`);

  t0 = performance.now();
  await page.getByRole('button', { name: 'C-000', exact: true }).click();
  await page
    .locator('.visit-list li')
    .nth(BUSY - 1)
    .waitFor({ timeout: 600_000 });
  await page.locator('.progress-charts .chart-box[data-drawn=true]').nth(2).waitFor({ timeout: 600_000 });
  console.log(`open a client with ${BUSY} visits and draw the charts (pain and 2 sites): ${ms(t0)}`);

  await page.getByRole('button', { name: 'Your data…' }).click();
  t0 = performance.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 600_000 }),
    dialog.getByRole('button', { name: 'Export everything (JSON)' }).click(),
  ]);
  await download.path();
  console.log(`export everything (${data.records.length} records): ${ms(t0)}`);
} finally {
  await browser.close();
  stop();
}
