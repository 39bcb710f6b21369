// A region opened from the table: its totals, its contests, the remainder, or "region totals only",
// and the areas below it that are not contests (municipalities, rayons).
import { FactList } from '../ui/FactList.jsx';
import { unitFacts } from './unitFacts.jsx';
import { ContestCard } from './ContestCard.jsx';
import { RemainderCard } from './RemainderCard.jsx';
import { FindingMarker } from '../findings/FindingMarker.jsx';
import { RankValue } from '../ui/RankValue.jsx';
import { VsNational } from '../ui/VsNational.jsx';
import { ContestChart } from '../charts/ContestChart.jsx';
import { TableExport } from '../ui/ExportButtons.jsx';
import { AreaTable } from './AreaTable.jsx';

export function RegionDetail({ region, contests, areas = [], listVote = false, summary, totalsOnly, notice, children, highlightedUnits, severityOf, sources, decisions, rule, i18n, nameOf, onClose, onShowFindings }) {
  const facts = [
    ...unitFacts(region, { i18n, nameOf, sources }),
    { key: 'rank', label: i18n.t('detail.rank'), value: <RankValue rank={region.rank} of={region.rank_of} i18n={i18n} /> },
    { key: 'vs', label: i18n.t('detail.vs_national'), value: <VsNational value={region.vs_national} i18n={i18n} /> },
  ];
  return (
    <section class="panel region-detail" id="region-detail" aria-labelledby="region-detail-title">
      <div class="panel__head">
        <h2 id="region-detail-title" tabindex="-1">{i18n.name(region)}</h2>
        <FindingMarker unit={region} severity={severityOf(region)} i18n={i18n} onShow={onShowFindings} />
        <button type="button" class="close-button" onClick={onClose} aria-label={i18n.t('detail.close')} title={i18n.t('detail.close')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <h3>{i18n.t('detail.totals')}</h3>
      <FactList items={facts} />
      <h3>{i18n.t('detail.contests')}</h3>
      {contests.length > 0 && <ContestChart region={region} contests={contests} i18n={i18n} />}
      {contests.length > 0 && (
        <div class="export-row">
          <TableExport table="contests" label={i18n.t('export.label.contests')} region={region} nameParts={[region.id]} what={i18n.t('export.what.contests', { name: i18n.name(region) })} />
          <TableExport table="candidates" label={i18n.t('export.label.candidates')} region={region} nameParts={[region.id]} what={i18n.t('export.what.candidates', { name: i18n.name(region) })} />
        </div>
      )}
      {totalsOnly && <p class="notice notice--totals-only">{i18n.t('detail.totals_only')}</p>}
      {notice && <p class="notice" id="region-detail-notice">{notice}</p>}
      <div class="contest-grid">
        {contests.map((contest) => (
          <ContestCard
            key={contest.id}
            contest={contest}
            highlighted={highlightedUnits.has(contest.id)}
            severity={severityOf(contest)}
            decision={decisions ? decisions.get(contest.id) : null}
            rule={rule}
            sources={sources}
            i18n={i18n}
            nameOf={nameOf}
            onShowFindings={onShowFindings}
          />
        ))}
        {region.remainder && <RemainderCard remainder={region.remainder} i18n={i18n} nameOf={nameOf} />}
      </div>
      {children}
      <AreaTable region={region} areas={areas} listVote={listVote} highlightedUnits={highlightedUnits} summary={summary} i18n={i18n} nameOf={nameOf} severityOf={severityOf} onShowFindings={onShowFindings} />
      <p class="back">
        <button type="button" class="link-button" onClick={onClose}>
          <span aria-hidden="true">← </span>
          {i18n.t('detail.back')}
        </button>
      </p>
    </section>
  );
}
