/**
 * Encryption at rest: AES-GCM 256 with a key derived from the passphrase by PBKDF2-SHA-256 (310,000 iterations, the
 * OWASP 2023 figure for this hash), a random 16-byte salt and a random 12-byte IV per record. A verifier (a known
 * text sealed with the key) tells a wrong passphrase from a right one without touching any record. The record id is
 * bound in as additional data, so a ciphertext moved to another row does not decrypt.
 */
export const PBKDF2_ITERATIONS = 310_000;
const VERIFIER_TEXT = 'pointatlas passphrase verifier';

export interface Sealed {
  iv: string;
  data: string;
}

/** What is stored (in clear) about the passphrase: never the passphrase nor the key. */
export interface CryptoMeta {
  salt: string;
  iterations: number;
  /** Random per passphrase: another tab compares it to learn that the passphrase changed. */
  keyId: string;
  verifier: Sealed;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const base = await crypto.subtle.importKey('raw', enc.encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Sealed bytes: as `Sealed`, but the ciphertext kept as bytes (a mesh file is megabytes; base64 would add a third). */
export interface SealedBytes {
  iv: string;
  data: Uint8Array<ArrayBuffer>;
}

/** Encrypts bytes with a fresh IV; `aad` binds the ciphertext to where it is stored. */
export async function sealBytes(key: CryptoKey, bytes: Uint8Array, aad: string): Promise<SealedBytes> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: enc.encode(aad) },
    key,
    bytes as Uint8Array<ArrayBuffer>,
  );
  return { iv: toBase64(iv), data: new Uint8Array(data) };
}

/** Decrypts bytes; throws when the key is wrong or the data was altered (AES-GCM checks both). */
export async function unsealBytes(key: CryptoKey, sealed: SealedBytes, aad: string): Promise<Uint8Array> {
  const data = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64(sealed.iv), additionalData: enc.encode(aad) },
    key,
    sealed.data,
  );
  return new Uint8Array(data);
}

export async function seal(key: CryptoKey, text: string, aad: string): Promise<Sealed> {
  const sealed = await sealBytes(key, enc.encode(text), aad);
  return { iv: sealed.iv, data: toBase64(sealed.data) };
}

/** Decrypts; throws when the key is wrong or the data was altered (AES-GCM checks both). */
export async function unseal(key: CryptoKey, sealed: Sealed, aad: string): Promise<string> {
  return dec.decode(await unsealBytes(key, { iv: sealed.iv, data: fromBase64(sealed.data) }, aad));
}

/** A new salt, key and verifier for a passphrase. */
export async function newPassphrase(passphrase: string): Promise<{ meta: CryptoMeta; key: CryptoKey }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
  const verifier = await seal(key, VERIFIER_TEXT, 'verifier');
  return {
    key,
    meta: { salt: toBase64(salt), iterations: PBKDF2_ITERATIONS, keyId: crypto.randomUUID(), verifier },
  };
}

/** The key for a passphrase, or null when the passphrase is not the one set. */
export async function keyFor(passphrase: string, meta: CryptoMeta): Promise<CryptoKey | null> {
  const key = await deriveKey(passphrase, fromBase64(meta.salt), meta.iterations);
  try {
    return (await unseal(key, meta.verifier, 'verifier')) === VERIFIER_TEXT ? key : null;
  } catch {
    return null;
  }
}
