// A file's fingerprint: SHA-256 of its bytes (crypto.subtle), as the lowercase hex `sha256sum` prints,
// so a person can check a file against a link by hand.
export async function sha256Hex(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function blobBytes(blob) {
  return new Uint8Array(await blob.arrayBuffer());
}
