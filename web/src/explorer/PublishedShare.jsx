// A published percentage, at its own rounding, marked when it does not match the recomputed share.
import { Unknown } from '../ui/Unknown.jsx';

export function PublishedShare({ published, i18n }) {
  if (!published) return <Unknown i18n={i18n} />;
  const recomputed = published.recomputed === null || published.recomputed === undefined
    ? null
    : i18n.share(published.recomputed, Math.max(2, (published.decimals ?? 1) + 1));
  let mark = null;
  if (published.matches === false) {
    const text = i18n.t('value.mismatch', { recomputed });
    mark = (
      <abbr class="badge badge--mismatch" title={text}>
        <span aria-hidden="true">≠</span>
        <span class="sr-only">{text}</span>
      </abbr>
    );
  } else if (published.matches === null || published.matches === undefined) {
    const text = i18n.t('value.unverifiable');
    mark = (
      <abbr class="badge badge--unverifiable" title={text}>
        <span aria-hidden="true">?</span>
        <span class="sr-only">{text}</span>
      </abbr>
    );
  }
  const title = published.matches === true ? i18n.t('value.match', { recomputed }) : undefined;
  return (
    <span class="figure">
      <span class="num" title={title}>{i18n.percent(published.value, published.decimals)}</span>
      {mark}
    </span>
  );
}
