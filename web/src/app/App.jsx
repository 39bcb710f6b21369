// The page: one store, and the panels it feeds through props.
import { useMemo } from 'preact/hooks';
import { useAppStore } from './useAppStore.js';
import { useFocusRequest } from './useFocusRequest.js';
import { explorerView } from './view.js';
import { regionColumns, sortRegions } from './regionColumns.js';
import { contestsOf, isTotalsOnly } from './units.js';
import { decisionsById, talliesByRegion, isEdited } from './scenario.js';
import { createI18n, detectLanguage, languages } from '../i18n/index.js';
import { Header } from '../components/Header.jsx';
import { Loading } from '../components/Loading.jsx';
import { EngineError } from '../components/EngineError.jsx';
import { NationalSummary } from '../components/NationalSummary.jsx';
import { RegionsPanel } from '../components/RegionsPanel.jsx';
import { RegionDetail } from '../components/RegionDetail.jsx';
import { ScenarioPanel } from '../components/ScenarioPanel.jsx';
import { ComparisonPanel } from '../components/ComparisonTable.jsx';
import { FindingsPanel } from '../components/FindingsPanel.jsx';
import { SourceList } from '../components/SourceList.jsx';
import { Footer } from '../components/Footer.jsx';
import { UpdateBanner } from '../components/UpdateBanner.jsx';

export function App({ engine, datasets, defaultDatasetId, browserLanguages, updates }) {
  const [state, actions] = useAppStore({
    engine,
    datasets,
    datasetId: defaultDatasetId,
    lang: detectLanguage(browserLanguages),
  });
  useFocusRequest(state.focus);

  const i18n = useMemo(() => createI18n(state.lang), [state.lang]);
  const { summary } = state;
  const view = useMemo(() => (summary ? explorerView(summary) : null), [summary]);
  const nameOf = (id) => {
    const unit = view && view.index.get(id);
    return unit ? i18n.name(unit) : id;
  };
  const severityOf = (unit) => (view ? view.severity.get(unit.id) : null);
  const selectedFinding = view && state.selectedFinding ? view.findings.get(state.selectedFinding) : null;
  const highlightedUnits = new Set(selectedFinding ? selectedFinding.units : []);

  const { evaluation } = state.rules;
  const decisions = useMemo(() => decisionsById(evaluation), [evaluation]);
  const tallies = useMemo(() => talliesByRegion(evaluation), [evaluation]);

  const sortedRegions = useMemo(
    () => (summary ? sortRegions(summary.regions, state.sort, (u) => i18n.name(u), state.lang, { tallies }) : []),
    [summary, state.sort, i18n, tallies],
  );
  const region = view && state.selectedRegion ? view.index.get(state.selectedRegion) : null;
  const regionContests = region ? contestsOf(summary, region) : [];

  return (
    <>
      <a class="skip-link" href="#main">{i18n.t('app.skip_to_content')}</a>
      <Header
        election={summary && summary.election}
        lang={state.lang}
        languages={languages}
        i18n={i18n}
        onLanguage={(lang) => actions.setLanguage({ lang })}
      />
      <main id="main" tabindex="-1">
        {state.status === 'loading' && <Loading i18n={i18n} />}
        {state.status === 'error' && <EngineError error={state.error} i18n={i18n} />}
        {state.status === 'ready' && summary && (
          <>
            <NationalSummary
              national={summary.national}
              regionCount={summary.regions.length}
              contestCount={summary.completeness ? summary.completeness.contests : summary.contests.length}
              stats={summary.stats}
              completeness={summary.completeness}
              severity={severityOf(summary.national)}
              i18n={i18n}
              nameOf={nameOf}
              onShowFindings={(id) => actions.showFindingsFor({ id })}
            />
            <ScenarioPanel
              scenario={state.scenario}
              rules={state.rules}
              contestCount={summary.completeness ? summary.completeness.contests : summary.contests.length}
              i18n={i18n}
              actions={actions}
            />
            <ComparisonPanel
              comparison={state.rules.comparison}
              selected={state.scenario.preset}
              edited={isEdited(state.scenario.rule)}
              updating={state.rules.comparing}
              i18n={i18n}
              onChoose={(id) => actions.choosePreset({ id })}
            />
            <RegionsPanel
              regions={sortedRegions}
              national={summary.national}
              columns={regionColumns}
              sort={state.sort}
              selectedRegion={state.selectedRegion}
              highlightedUnits={highlightedUnits}
              severityOf={severityOf}
              tallies={evaluation ? tallies : null}
              totals={evaluation ? evaluation.totals : null}
              i18n={i18n}
              nameOf={nameOf}
              onSort={(key) => actions.sortBy({ key })}
              onSortChange={(key, direction) => actions.setSort({ key, direction })}
              onOpen={(id) => (id === state.selectedRegion ? actions.closeRegion() : actions.openRegion({ id }))}
              onShowFindings={(id) => actions.showFindingsFor({ id })}
            />
            {region && (
              <RegionDetail
                region={region}
                contests={regionContests}
                totalsOnly={isTotalsOnly(regionContests)}
                highlightedUnits={highlightedUnits}
                severityOf={severityOf}
                sources={summary.sources}
                decisions={decisions}
                rule={evaluation ? evaluation.rule : null}
                i18n={i18n}
                nameOf={nameOf}
                onClose={() => actions.closeRegion()}
                onShowFindings={(id) => actions.showFindingsFor({ id })}
              />
            )}
            <FindingsPanel
              findings={summary.findings || []}
              filterUnit={state.findingsUnit}
              selectedFinding={state.selectedFinding}
              sources={summary.sources}
              i18n={i18n}
              nameOf={nameOf}
              onShowUnit={(id) => actions.showUnit({ id })}
              onClearFilter={() => actions.clearFindingsFilter()}
            />
            <SourceList sources={summary.sources || []} claimRule={summary.claim_rule} i18n={i18n} />
          </>
        )}
      </main>
      <Footer i18n={i18n} />
      <UpdateBanner updates={updates} i18n={i18n} />
    </>
  );
}
