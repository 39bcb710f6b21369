// What an opened link could not carry, and the file a link names: plain text only, whatever the link held.
import { linkIssueText, shorten } from './issueText.js';
import { errorMessage } from '../i18n/errorText.js';
import './links.css';

function FilePicker({ id, label, onFile }) {
  return (
    <label class="button button--file" for={id}>
      {label}
      <input
        type="file"
        id={id}
        class="sr-only"
        accept=".csv,.tsv,.txt,text/csv,text/plain"
        onChange={(e) => {
          const file = e.currentTarget.files && e.currentTarget.files[0];
          e.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}

function FileRequest({ wanted, check, i18n, onFile, onGoOn, onDecline }) {
  const size = wanted.size !== null && wanted.size !== undefined ? i18n.count(wanted.size) : '?';
  const status = check ? check.status : null;
  return (
    <section class="notice link-file" id="link-file" aria-labelledby="link-file-title" data-status={status || (wanted.embedded ? 'opening' : 'needed')}>
      <h2 id="link-file-title">{i18n.t('link.file.title')}</h2>
      {wanted.embedded && !status && <p>{i18n.t('link.file.opening', { name: shorten(wanted.name) })}</p>}
      {!wanted.embedded && (
        <>
          <p>{i18n.t('link.file.needed', { name: shorten(wanted.name), size })}</p>
          <p class="link-file__hash">
            <span class="label">{i18n.t('link.file.fingerprint')}: </span>
            <code>sha256:{wanted.sha256}</code>
          </p>
        </>
      )}
      {status === 'checking' && <p role="status">{i18n.t('link.file.checking', { name: shorten(check.name) })}</p>}
      {status === 'opening' && <p role="status">{i18n.t('link.file.opening', { name: shorten(check.name) })}</p>}
      {status === 'mismatch' && (
        <div class="notice notice--error" role="alert" id="link-file-mismatch">
          <p>{i18n.t('link.file.mismatch', { name: shorten(check.name) })}</p>
          <p class="link-file__hash">
            <span class="label">{i18n.t('link.file.fingerprint_given')}: </span>
            <code>sha256:{check.sha256}</code>
          </p>
          <button type="button" class="button" id="link-file-go-on" onClick={onGoOn}>{i18n.t('link.file.go_on')}</button>
        </div>
      )}
      {status === 'failed' && (
        <p class="notice notice--error" role="alert" id="link-file-failed">
          {i18n.t('link.file.failed')} {check.error ? errorMessage(i18n, check.error) : ''}
        </p>
      )}
      {status !== 'checking' && status !== 'opening' && (
        <div class="link-file__actions">
          {(!wanted.embedded || status === 'failed') && (
            <FilePicker id="link-file-input" label={i18n.t(status === 'mismatch' ? 'link.file.choose_other' : 'link.file.choose')} onFile={onFile} />
          )}
          <button type="button" class="chip-button" id="link-file-decline" onClick={onDecline}>{i18n.t('link.file.decline')}</button>
        </div>
      )}
    </section>
  );
}

export function LinkNotice({ link, i18n, onDismiss, onFile, onGoOn, onDecline }) {
  const { issues, awaitingFile, fileCheck } = link;
  return (
    <>
      {issues.length > 0 && (
        <section class="notice notice--warning link-notice" id="link-notice" role="alert" aria-labelledby="link-notice-title"
          data-codes={issues.map((i) => i.code).join(' ')}>
          <h2 id="link-notice-title">{i18n.t('link.notice.title')}</h2>
          <ul>
            {issues.map((issue, index) => (
              <li key={index} data-code={issue.code}>{linkIssueText(i18n, issue)}</li>
            ))}
          </ul>
          <button type="button" class="chip-button" id="link-notice-dismiss" onClick={onDismiss}>{i18n.t('link.notice.dismiss')}</button>
        </section>
      )}
      {awaitingFile && (
        <FileRequest wanted={awaitingFile} check={fileCheck} i18n={i18n} onFile={onFile} onGoOn={onGoOn} onDecline={onDecline} />
      )}
    </>
  );
}
