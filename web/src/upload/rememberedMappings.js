// Mappings remembered in this browser for a header set: the next file with the same columns opens
// with the user's own mapping instead of the suggestion. Only the header and the mapping are stored
// (localStorage), never a figure of the file.

const prefix = 'against-all:mapping:v1:';

/** A short, stable hash of a header (FNV-1a, 2 × 32 bits, hex): the same columns in the same order, the same key. */
export function headerHash(header) {
  const text = JSON.stringify(header);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    b ^= b >>> 15;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

export function storageKey(header) {
  return prefix + headerHash(header);
}

/** The browser's localStorage when the page may use it, else null (private modes, sandboxed frames). */
export function browserStorage() {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    const probe = `${prefix}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/**
 * @param {Storage|null} storage anything with getItem/setItem/removeItem (a Map-backed stub in tests)
 */
export function mappingMemory(storage) {
  return {
    available: Boolean(storage),
    /** The mapping saved for exactly this header, or null. */
    recall(header) {
      if (!storage) return null;
      try {
        const saved = JSON.parse(storage.getItem(storageKey(header)) || 'null');
        // The header is stored beside the mapping, so a hash collision never applies a stranger's mapping.
        if (!saved || JSON.stringify(saved.header) !== JSON.stringify(header) || typeof saved.mapping !== 'object') return null;
        return saved.mapping;
      } catch {
        return null;
      }
    },
    remember(header, mapping) {
      if (!storage) return false;
      try {
        storage.setItem(storageKey(header), JSON.stringify({ header, mapping, saved: new Date().toISOString() }));
        return true;
      } catch {
        return false; // full or refused: the page works on without it
      }
    },
    forget(header) {
      if (!storage) return;
      try {
        storage.removeItem(storageKey(header));
      } catch {
        /* nothing to do */
      }
    },
  };
}
