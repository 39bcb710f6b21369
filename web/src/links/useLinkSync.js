// The store ⇄ the address bar. At start and on back/forward the link in location.hash is opened;
// as the user works, the state is written back: a new history entry for a step (a preset, a region,
// a language, another place of the page), the same entry while a number is typed or slid
// (codec.historyStep). The place shown is kept in the entry's state (history.state.place), not in
// the link: app/usePlaceHistory.js shows it again on back/forward.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isLinkFragment, historyStep, linkLimits } from './codec.js';
import { linkFromState, stateFromLink, fileBlobs, mappingBlob } from './link.js';
import { sha256Hex, blobBytes } from './hash.js';
import { checkView } from './linkState.js';
import { uploadDatasetId } from '../upload/uploadState.js';
import { linkMapping } from '../upload/sourceChoice.js';
import { placeOfView, placeFromHistory, historyWithPlace } from '../app/places.js';

/** The part of the page's state a link carries (versions/v1.js, v2.js). */
export function linkStateOf(state) {
  const dataset = state.datasetId === uploadDatasetId && state.upload.dataset
    ? { upload: { name: state.upload.dataset.upload.file, size: state.upload.file ? state.upload.file.size : null, mapping: linkMapping(state.upload.dataset.upload) } }
    : { id: state.datasetId };
  return {
    dataset,
    lang: state.lang,
    scenario: state.scenario,
    compare: state.compare,
    view: { region: state.selectedRegion, sort: state.sort, finding: state.selectedFinding, findingsUnit: state.findingsUnit },
  };
}

function sameJson(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function currentFragment() {
  return window.location.hash.replace(/^#/, '');
}

function urlWith(fragment) {
  return `${window.location.href.replace(/#.*$/, '')}#${fragment}`;
}

/**
 * @param {{ state, actions, engine: object & { attachedFile(): Blob|null }, uploadFlow, datasetIds: string[], defaultDatasetId: string }} options
 *   uploadFlow: the page's one upload flow (upload/uploadFlow.js), which opens a link's file
 * @returns {{ current: { url, fragment, kind, dataChars } | null, checkFile(File), goOnWithFile(), declineFile(), dismissIssues() }}
 */
export function useLinkSync({ state, actions, engine, uploadFlow, datasetIds, defaultDatasetId }) {
  const latest = useRef(state);
  latest.current = state;
  const written = useRef(null); // the fragment in the address bar that the page knows about
  const replaceNext = useRef(true); // the first write, and the one after opening a link, fix that entry in place
  // A new history entry only for what the user did: after a link is opened (back/forward too), state
  // that settles later on its own (answers, checks) must not push an entry and cut off "forward".
  const userActed = useRef(false);
  const fileHashes = useRef(new WeakMap()); // File → Promise<{ sha256, data }>
  const mismatched = useRef(null); // the file whose fingerprint differs, kept while the user decides
  const [current, setCurrent] = useState(null);
  const [opening, setOpening] = useState(false); // a link is being read: the address bar keeps it meanwhile
  const moves = useRef(0); // back/forward and typed fragments so far: a write worked out before one is dropped
  const context = useMemo(() => ({ datasets: datasetIds, defaultDatasetId }), [datasetIds, defaultDatasetId]);

  const blobsOf = (file) => {
    if (!fileHashes.current.has(file)) fileHashes.current.set(file, blobBytes(file).then((bytes) => fileBlobs(bytes)));
    return fileHashes.current.get(file);
  };

  const openFile = (file, mapping) => uploadFlow.openLinked(file, mapping);

  // Open the link in the address bar: now, and whenever back/forward (or a typed fragment) brings another.
  useEffect(() => {
    let seq = 0;
    async function open(fragment) {
      const mine = ++seq;
      setOpening(true);
      try {
        await read(fragment, mine);
      } finally {
        if (mine === seq) setOpening(false);
      }
    }
    async function read(fragment, mine) {
      const result = await stateFromLink(fragment, context);
      if (mine !== seq) return;
      if (!result.state) {
        actions.linkOpened({ link: null, issues: result.issues });
        return;
      }
      const data = /(?:^|&)data=([^&]*)/.exec(fragment);
      setCurrent({ url: urlWith(fragment), fragment, kind: result.kind, dataChars: data ? data[1].length : 0 });
      const upload = result.state.dataset.upload;
      const analysed = latest.current.upload.dataset;
      const file = engine.attachedFile();
      let sameUpload = false;
      if (upload && analysed && file && sameJson(linkMapping(analysed.upload), upload.mapping)) {
        sameUpload = (await blobsOf(file)).sha256 === upload.sha256;
        if (mine !== seq) return;
      }
      replaceNext.current = true;
      userActed.current = false;
      actions.linkOpened({ link: result.state, issues: result.issues, fallbackDatasetId: defaultDatasetId, sameUpload });
      if (upload && upload.bytes && !sameUpload) {
        openFile(new File([upload.bytes], upload.name, { type: 'text/csv' }), upload.mapping);
      }
    }
    const fromLocation = () => {
      moves.current += 1;
      const fragment = currentFragment();
      if (!isLinkFragment(fragment) || fragment === written.current) return;
      written.current = fragment;
      setCurrent({ url: urlWith(fragment), fragment, kind: null, dataChars: 0 });
      open(fragment);
    };
    fromLocation();
    window.addEventListener('popstate', fromLocation);
    window.addEventListener('hashchange', fromLocation);
    return () => {
      seq += 1;
      window.removeEventListener('popstate', fromLocation);
      window.removeEventListener('hashchange', fromLocation);
    };
  }, [engine, actions, context]);

  useEffect(() => {
    const acted = () => {
      userActed.current = true;
    };
    const events = ['pointerdown', 'keydown', 'change', 'input'];
    for (const name of events) document.addEventListener(name, acted, true);
    return () => {
      for (const name of events) document.removeEventListener(name, acted, true);
    };
  }, []);

  // The link's view, once its dataset is on the page.
  const { pendingView, awaitingFile } = state.link;
  useEffect(() => {
    if (!pendingView || awaitingFile || state.status !== 'ready' || !state.summary) return;
    if (state.datasetId !== pendingView.datasetId) return;
    const checked = checkView(pendingView.view, state.summary);
    actions.linkViewChecked(checked);
    // The place and the item the link names, brought into view (a region's contests, a finding).
    const where = placeOfView(checked.view, state.compare);
    if (where) actions.goTo(where);
  }, [pendingView, awaitingFile, state.status, state.summary, state.datasetId]);

  // The state → the address bar (and the link the copy control offers).
  const linkState = linkStateOf(state);
  const key = JSON.stringify(linkState);
  const settled = !opening && !pendingView && !awaitingFile && state.status === 'ready';
  const { place } = state;
  useEffect(() => {
    if (!settled) return undefined;
    let live = true;
    const movesBefore = moves.current;
    (async () => {
      let options = {};
      const upload = linkState.dataset.upload;
      if (upload) {
        const file = engine.attachedFile();
        if (!file) return;
        const blobs = await blobsOf(file);
        options = { blobs: { ...blobs, map: await mappingBlob(upload.mapping) } };
        if (upload.size === null) linkState.dataset.upload.size = file.size;
      }
      const link = await linkFromState(linkState, options);
      // The reader went back or forward meanwhile: this entry is not the one the state was of.
      if (!live || moves.current !== movesBefore) return;
      setCurrent({ ...link, url: urlWith(link.fragment) });
      let step = replaceNext.current ? (link.fragment === currentFragment() ? 'none' : 'replace') : historyStep(written.current, link.fragment);
      // The address bar changed under the page (a #place-… link): the scenario link goes back in its entry.
      if (step === 'none' && currentFragment() !== link.fragment) step = 'replace';
      // Another place is a step of its own; the first entry, and one a link just opened, take it in place.
      const entryPlace = placeFromHistory(window.history.state);
      if (step !== 'push' && entryPlace !== place) step = entryPlace && !replaceNext.current ? 'push' : 'replace';
      if (step === 'push' && !userActed.current) step = 'replace';
      replaceNext.current = false;
      written.current = link.fragment;
      if (step === 'push') window.history.pushState(historyWithPlace(null, place), '', `#${link.fragment}`);
      else if (step === 'replace') window.history.replaceState(historyWithPlace(window.history.state, place), '', `#${link.fragment}`);
    })();
    return () => {
      live = false;
    };
  }, [key, settled, place]);

  return useMemo(() => ({
    current,
    /** The receiver's file for a named link: opened when its fingerprint matches, else they are asked. */
    async checkFile(file) {
      const wanted = latest.current.link.awaitingFile;
      if (!file || !wanted) return;
      actions.linkFileChecking({ name: file.name });
      const sha256 = await sha256Hex(await blobBytes(file));
      if (sha256 === wanted.sha256) {
        mismatched.current = null;
        await openFile(file, wanted.mapping);
      } else {
        mismatched.current = file;
        actions.linkFileMismatch({ name: file.name, sha256 });
      }
    },
    /** Go on with the file whose fingerprint differs, under the link's mapping. */
    async goOnWithFile() {
      const wanted = latest.current.link.awaitingFile;
      const file = mismatched.current;
      if (!file || !wanted) return;
      mismatched.current = null;
      await openFile(file, wanted.mapping);
    },
    declineFile: () => actions.linkFileDeclined(),
    dismissIssues: () => actions.linkIssuesDismissed(),
    embedCap: linkLimits.embedMaxChars,
  }), [current, engine, actions]);
}
