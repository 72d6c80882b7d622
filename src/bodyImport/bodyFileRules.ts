// What a body file must be before it is read; kept apart from the loaders so the page can check it cheaply.

/** The largest body file accepted: a scan bigger than this should be simplified first. */
export const MAX_BODY_FILE_BYTES = 150 * 1024 * 1024;

/** The file name endings the import reads. */
export const BODY_FILE_TYPES = ['.glb', '.gltf', '.obj', '.dae', '.zae'] as const;

/** A body file that cannot be read; `message` is one sentence a user can act on. */
export class BodyFileError extends Error {}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

/** Throws the BodyFileError for a file too large or empty: checked before its bytes are read, and again after. */
export function checkBodyFileSize(name: string, size: number, limit = MAX_BODY_FILE_BYTES): void {
  if (size > limit)
    throw new BodyFileError(`${name} is ${mb(size)}; the limit is ${mb(limit)} — simplify the mesh first.`);
  if (size === 0) throw new BodyFileError(`${name} is empty.`);
}
