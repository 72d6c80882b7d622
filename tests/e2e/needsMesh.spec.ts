import { audit, expect, openAtlas, test } from './helpers';

/** A body profile as an import of records from another device leaves it: the record, without its mesh file. */
const row = {
  id: 'imported-profile-0001',
  kind: 'bodyProfile',
  rev: '1-0123456789abcdef',
  updatedAt: '2026-12-01T09:00:00.000Z',
  deleted: 0,
  body: {
    kind: 'bodyProfile',
    schemaVersion: 1,
    id: 'imported-profile-0001',
    rev: '1-0123456789abcdef',
    updatedAt: '2026-12-01T09:00:00.000Z',
    name: 'Scan of A',
    mesh: { file: 'scan-a.glb', bytes: 3000, sha256: 'ab'.repeat(32) },
    orientation: { up: [1, 1], front: [2, 1], scale: 1 },
    reference: 'male',
    placed: { umbilicus: [0, 1, 0.1] },
    landmarks: { umbilicus: [0, 1, 0.1] },
  },
};

test('a body profile without its mesh file is marked, asks for the file, and a wrong file changes nothing', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openAtlas(page, '?view=front&layers=points');
  // the app opens its database after the first frame; the row goes in beside its rows once it exists
  await expect
    .poll(() => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), {
      timeout: 60_000,
    })
    .toContain('pointatlas-records');
  await page.evaluate(
    (r) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('pointatlas-records');
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains('records')) return reject(new Error('no records table'));
          const tx = open.result.transaction('records', 'readwrite');
          tx.objectStore('records').put(r);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    row,
  );
  await openAtlas(page, '?view=front&layers=points');
  const button = page.getByRole('button', { name: /^Scan of A/ });
  await expect(button).toContainText('needs its mesh file');
  for (const [w, h] of [
    [1280, 800],
    [1920, 1080],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: test.info().outputPath(`needs-mesh-${w}.png`) });
  }
  await page.getByLabel('Mesh file for Scan of A').setInputFiles({
    name: 'other.glb',
    mimeType: 'model/gltf-binary',
    buffer: Buffer.alloc(3000, 9),
  });
  await expect(page.getByTestId('notices')).toContainText(
    'This file is not the one the profile “Scan of A” was made on (scan-a.glb, 3000 bytes).',
  );
  await page.screenshot({ path: test.info().outputPath('needs-mesh-wrong-file.png') });
  await expect(button).toContainText('needs its mesh file');
  await expect(button).not.toHaveAttribute('aria-pressed', 'true');
  await audit(page, 'the body switch with a body that needs its mesh file');
});
