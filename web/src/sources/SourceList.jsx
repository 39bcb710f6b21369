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
            {s.note && <span class="source-list__note"> — {s.note}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
