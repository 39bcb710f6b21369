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
            <span class="source-list__publisher">{s.publisher}</span>
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
