import { calibrate } from '../core/calibration/calibrate';
import type { Orientation } from '../core/calibration/orient';
import type { SegmentFlag } from '../core/calibration/plausibility';
import { armLandmarks, type ReferenceBody } from '../core/calibration/transfer';
import type { MeshArrays } from '../core/surface';
import type { Vec3 } from '../core/vec';
import { createSurface } from '../mesh/surface';
import { orientBody, type ImportedBody } from './importBody';
import { BodyFileError, readMeshFile, type RawMesh } from './readMeshFile';

/** What the page asks of an import: read a file, turn the body, calibrate it from the key landmarks placed. */
export type ImportRequest =
  | { type: 'read'; name: string; bytes: Uint8Array; orientation?: Partial<Orientation> }
  | { type: 'orient'; orientation: Orientation }
  | { type: 'calibrate'; placed: Record<string, Vec3>; shipped: ShippedBody[] };

/** A shipped body as the calibration reads it: its skin and landmarks. */
export interface ShippedBody {
  id: string;
  skin: MeshArrays;
  landmarks: Record<string, Vec3>;
}

/** Every landmark of a calibrated body, where it came from, and the segments that look wrong. */
export interface CalibrationResult {
  source: string;
  landmarks: Record<string, Vec3>;
  placed: string[];
  flags: SegmentFlag[];
}

/** What an import answers: progress (share done, 0–1, with what it is doing), a body, a calibration, or an error. */
export type ImportReply =
  | { type: 'progress'; stage: string; done: number }
  | { type: 'body'; body: ImportedBody }
  | { type: 'calibrated'; result: CalibrationResult }
  | { type: 'error'; message: string };

/**
 * One import, as a worker (or the page, where workers fail) runs it: keeps the mesh as read, so turning the body
 * does not read the file again. Every failure is answered as one sentence (BodyFileError's own, or a general one).
 */
export function createImportSession(send: (reply: ImportReply) => void) {
  let raw: RawMesh | null = null;
  let body: ImportedBody | null = null;
  let name = '';
  const run = async (req: ImportRequest) => {
    if (req.type === 'read') {
      send({ type: 'progress', stage: 'Reading and welding the mesh', done: 0.2 });
      raw = await readMeshFile(req.name, req.bytes);
      name = req.name;
      send({ type: 'progress', stage: 'Finding up, front and unit', done: 0.7 });
    }
    if (req.type === 'read' || req.type === 'orient') {
      if (!raw) throw new Error('no body has been read yet');
      body = orientBody(name, raw, req.orientation);
      return send({ type: 'body', body });
    }
    if (!body) throw new Error('no body has been read yet');
    send({ type: 'progress', stage: 'Indexing the skin', done: 0.2 });
    const surface = createSurface(body.skin);
    send({ type: 'progress', stage: 'Carrying every landmark onto the skin', done: 0.6 });
    const references: ReferenceBody[] = req.shipped.map((b) => ({
      id: b.id,
      landmarks: b.landmarks,
      arms: armLandmarks(b.skin, b.landmarks),
    }));
    const c = calibrate(body.skin, req.placed, references, surface);
    send({
      type: 'calibrated',
      result: { source: c.source, landmarks: c.landmarks, placed: c.placed, flags: c.flags },
    });
  };
  return (req: ImportRequest): Promise<void> =>
    run(req).catch((e: unknown) => {
      const message =
        e instanceof BodyFileError
          ? e.message
          : `The body could not be imported: ${e instanceof Error ? e.message : String(e)}`;
      send({ type: 'error', message });
    });
}
