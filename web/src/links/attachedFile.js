// The engine façade, remembering the last file handed to it: a link to an upload needs that file's
// bytes (to embed them or to take their fingerprint), and the façade keeps them only in its worker.
export function trackAttachedFile(engine) {
  let last = null;
  return {
    ...engine,
    attachFile(source, options) {
      last = source instanceof Blob ? source : new Blob([source]);
      return engine.attachFile(source, options);
    },
    /** The File/Blob last attached, or null. */
    attachedFile: () => last,
  };
}
