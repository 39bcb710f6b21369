// The data sources at the bottom of the page, each an anchor the citation keys jump to.
export function SourceList({ sources, claimRule, i18n }) {
  const priority = (claimRule && claimRule.source_priority) || [];
  return (
    <section class="panel" id="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{i18n.t('sources.title')}</h2>
      {priority.length > 0 && <p class="panel__intro">{i18n.t('sources.rule', { list: i18n.list(priority) })}</p>}
      <ol class="source-list">
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`} tabindex="-1">
            <span class="source-list__key">[{s.id}]</span>{' '}
            <SourcePublisher source={s} lang={i18n.lang} />
            {s.title && (
              <>
                {' — '}
                <cite lang={s.language || undefined}>{s.title}</cite>
              </>
            )}
            {s.url && (
              <>
                {' · '}
                <a href={s.url} rel="noopener noreferrer external" target="_blank">
                  {i18n.t('sources.link')}
                  <span class="sr-only"> ({s.url})</span>
                </a>
              </>
            )}
            <SourceNote source={s} lang={i18n.lang} />
          </li>
        ))}
      </ol>
    </section>
  );
}

// Who published a source, in the reader's language where we wrote it. The fallback column
// (`publisher`) is English or the publisher's own name as it writes it (a commission's name in
// Russian, Bulgarian…), so a fallback to it is not marked as English; one to ru or kk is.
function SourcePublisher({ source, lang }) {
  const text = (source.publisher && source.publisher[lang]) || source.id;
  const written = source.publisher_language && source.publisher_language[lang];
  const marked = written && written !== lang && written !== 'en' ? written : undefined;
  return (
    <span class="source-list__publisher" lang={marked}>
      {text}
    </span>
  );
}

// A source's note in the reader's language; where it was not written in it, the core's fallback text,
// marked with the language it is in.
function SourceNote({ source, lang }) {
  const text = source.note && source.note[lang];
  if (!text) return null;
  const written = source.note_language[lang];
  return (
    <span class="source-list__note" lang={written !== lang ? written : undefined}>
      {' — '}
      {text}
    </span>
  );
}
