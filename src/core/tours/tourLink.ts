import { TourFieldsSchema, type TourFields } from '../../schema/records/tour';

/** The longest `tour=` value a link carries (a short tour; longer ones are shared as a file). */
export const MAX_LINK_CHARS = 4000;

const toBase64Url = (bytes: Uint8Array): string => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Uint8Array => {
  const s = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
};

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/**
 * A tour as the value of a link's `tourdata=` parameter: its JSON, deflated and base64url-encoded, so that a short
 * tour travels in the address itself. Null when it is too long for a link (share the file instead).
 */
export async function encodeTourLink(tour: TourFields): Promise<string | null> {
  const json = new TextEncoder().encode(JSON.stringify(tour));
  const value = toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
  return value.length <= MAX_LINK_CHARS ? value : null;
}

/** Reads a `tourdata=` value back; every failure is a one-line message, never a throw. */
export async function decodeTourLink(
  value: string,
): Promise<{ ok: true; tour: TourFields } | { ok: false; message: string }> {
  if (value.length > MAX_LINK_CHARS || !/^[A-Za-z0-9_-]+$/.test(value)) {
    return { ok: false, message: 'The tour in this link is damaged or too long.' };
  }
  let raw: unknown;
  try {
    const bytes = await pipe(fromBase64Url(value), new DecompressionStream('deflate-raw'));
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { ok: false, message: 'The tour in this link could not be read (the link is damaged).' };
  }
  const parsed = TourFieldsSchema.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return {
      ok: false,
      message: `The tour in this link is not valid (${i?.path.join('.')}: ${i?.message}).`,
    };
  }
  return { ok: true, tour: parsed.data };
}
