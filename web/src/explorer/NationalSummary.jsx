// The national figures: voters, against all and its share, contests and regions, completeness.
import { StatCard } from './StatCard.jsx';
import { FigureValue } from '../ui/FigureValue.jsx';
import { ShareValue } from '../ui/ShareValue.jsx';
import { PublishedShare } from './PublishedShare.jsx';
import { Completeness } from './Completeness.jsx';
import { FindingMarker } from '../findings/FindingMarker.jsx';

// `children`: what the overview shows right under the headline figures (the scenario at a glance).
export function NationalSummary({ national, regionCount, contestCount, stats, completeness, severity, i18n, nameOf, onShowFindings, children }) {
  const published = national.published && national.published.against_all_pct && national.published.against_all_pct[0];
  const contestShare = stats && stats.contest_share;
  return (
    <section class="panel" id="national" aria-labelledby="national-title">
      <div class="panel__head">
        <h2 id="national-title" tabindex="-1">{i18n.t('summary.title')}</h2>
        <FindingMarker unit={national} severity={severity} i18n={i18n} onShow={onShowFindings} />
      </div>
      <dl class="stats">
        <StatCard label={i18n.t('summary.voters')} note={i18n.t('summary.voters_note')}>
          <FigureValue figure={national.figures.ballots_cast} i18n={i18n} nameOf={nameOf} />
        </StatCard>
        <StatCard label={i18n.t('summary.against_all')}>
          <FigureValue figure={national.figures.against_all} i18n={i18n} nameOf={nameOf} />
        </StatCard>
        <StatCard
          label={i18n.t('summary.share')}
          emphasis
          note={
            <>
              {i18n.t('summary.share_note')}
              {published && (
                <span class="stat__published">
                  {' · '}
                  {i18n.t('summary.published')}{': '}
                  <PublishedShare published={published} i18n={i18n} />
                </span>
              )}
            </>
          }
        >
          <ShareValue value={national.shares.against_all_of_cast} i18n={i18n} />
        </StatCard>
        <StatCard label={i18n.t('summary.contests')}>
          <span class="num">{i18n.count(contestCount)}</span>
        </StatCard>
        <StatCard
          label={i18n.t('summary.regions')}
          note={
            stats && stats.regions_above_national !== undefined
              ? i18n.t('summary.above_below', {
                  above: i18n.count(stats.regions_above_national),
                  below: i18n.count(stats.regions_below_national),
                })
              : null
          }
        >
          <span class="num">{i18n.count(regionCount)}</span>
        </StatCard>
      </dl>
      {contestShare && contestShare.n > 0 && (
        <p class="stats__aside">
          {i18n.t('summary.mean_median', {
            n: i18n.count(contestShare.n),
            mean: i18n.share(contestShare.mean),
            median: i18n.share(contestShare.median),
          })}
        </p>
      )}
      {children}
      <Completeness completeness={completeness} i18n={i18n} />
    </section>
  );
}
