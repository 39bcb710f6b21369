// A figure in a detail list: the value, its source, and what every source claims.
import { FigureValue } from '../ui/FigureValue.jsx';
import { SourceRef } from '../sources/SourceRef.jsx';
import { ClaimList } from './ClaimList.jsx';

export function MeasureValue({ figure, sources, i18n, nameOf }) {
  return (
    <>
      <FigureValue figure={figure} i18n={i18n} nameOf={nameOf} />
      {figure && figure.status === 'reported' && figure.source && (
        <>
          {' '}
          <SourceRef source={figure.source} sources={sources} i18n={i18n} />
        </>
      )}
      <ClaimList figure={figure} sources={sources} i18n={i18n} />
    </>
  );
}
