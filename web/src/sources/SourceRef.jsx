// A figure's source as a citation key that jumps to the sources list at the bottom.
export function SourceRef({ source, sources, i18n }) {
  if (!source) return null;
  const known = (sources || []).find((s) => s.id === source);
  const publisher = known && known.publisher && known.publisher[i18n.lang];
  const label = i18n.t('sources.ref', { source: publisher || source });
  return (
    <a class="source-ref" href={`#source-${source}`} title={label}>
      <span aria-hidden="true">[{source}]</span>
      <span class="sr-only">{label}</span>
    </a>
  );
}
