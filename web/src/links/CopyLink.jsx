// The scenario's link, ready to share: what it contains, the link itself in a read-only field, and a
// "Copy link" button (the clipboard, else the field's text selected for the user to copy).
import { useEffect, useRef, useState } from 'preact/hooks';
import { LinkContents } from './LinkContents.jsx';
import './links.css';

async function copyText(text, field) {
  try {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // no permission (or no clipboard): fall back to the field
  }
  field.focus();
  field.select();
  try {
    if (document.execCommand && document.execCommand('copy')) return 'copied';
  } catch {
    // nothing more to try
  }
  return 'manual';
}

export function CopyLink({ link, contents, embedCap, i18n }) {
  const field = useRef(null);
  const [copied, setCopied] = useState(null);
  const url = link ? link.url : '';
  useEffect(() => setCopied(null), [url]);
  const preparing = !link || !link.kind;

  return (
    <section class="panel share" id="share" aria-labelledby="share-title">
      <h2 id="share-title">{i18n.t('link.title')}</h2>
      {preparing ? (
        <p class="link-contents" id="link-contents">{i18n.t('link.preparing')}</p>
      ) : (
        <LinkContents parts={contents} kind={link.kind} i18n={i18n} />
      )}
      <div class="share__row">
        <label class="sr-only" for="share-link">{i18n.t('link.field')}</label>
        <input
          ref={field}
          id="share-link"
          class="share__field"
          type="text"
          readOnly
          value={url}
          aria-describedby="link-contents share-hint"
          spellcheck={false}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" class="button share__copy" id="copy-link" disabled={!url}
          onClick={async () => setCopied(await copyText(url, field.current))}>
          {i18n.t('link.copy')}
        </button>
      </div>
      <p class="status-line" role="status" id="copy-status">
        {copied === 'copied' ? i18n.t('link.copied') : copied === 'manual' ? i18n.t('link.copy_manual') : ''}
      </p>
      <p class="field__hint" id="share-hint">
        {link && link.fragment ? i18n.t('link.length', { n: i18n.count(link.fragment.length) }) + ' ' : ''}
        {i18n.t('link.cap_hint', { cap: i18n.count(embedCap / 1024) })}
      </p>
    </section>
  );
}
