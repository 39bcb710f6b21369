// Every published percentage for one measure, each with its source.
import { PublishedShare } from './PublishedShare.jsx';
import { SourceRef } from '../sources/SourceRef.jsx';

export function PublishedList({ published, sources, i18n }) {
  return (
    <ul class="published-list">
      {published.map((p, i) => (
        <li key={i}>
          <PublishedShare published={p} i18n={i18n} />{' '}
          <SourceRef source={p.source} sources={sources} i18n={i18n} />
        </li>
      ))}
    </ul>
  );
}
