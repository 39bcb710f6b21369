// The page: one store, and the panels it feeds through props, in places (app/places.js) shown one at
// a time, switched by the navigation (PlaceNav.jsx): overview, scenario, regions, findings, sources, your file.
import { useEffect, useMemo } from 'preact/hooks';
import { useAppStore } from './useAppStore.js';
import { useFocusRequest } from './useFocusRequest.js';
import { explorerView } from '../explorer/view.js';
import { regionColumns, sortRegions } from '../explorer/regionColumns.js';
import { isTotalsOnly } from '../explorer/units.js';
import { ShowMore } from '../ui/ShowMore.jsx';
import { decisionsById, talliesByRegion, isEdited, ruleRequest } from '../scenario/scenario.js';
import { isPaged } from '../scenario/pagedDecisions.js';
import { usePagedDecisions } from '../scenario/usePagedDecisions.js';
import { createI18n, detectLanguage, languages } from '../i18n/index.js';
import { Header } from './Header.jsx';
import { Loading } from './Loading.jsx';
import { EngineError } from './EngineError.jsx';
import { NationalSummary } from '../explorer/NationalSummary.jsx';
import { RegionsPanel } from '../explorer/RegionsPanel.jsx';
import { RegionDetail } from '../explorer/RegionDetail.jsx';
import { ScenarioPanel } from '../scenario/ScenarioPanel.jsx';
import { ComparisonPanel } from '../scenario/ComparisonTable.jsx';
import { FindingsPanel } from '../findings/FindingsPanel.jsx';
import { SourceList } from '../sources/SourceList.jsx';
import { Footer } from './Footer.jsx';
import { UpdateBanner } from '../offline/UpdateBanner.jsx';
import { RegionChartsPanel } from '../charts/RegionChartsPanel.jsx';
import { ExportContext } from '../export/context.js';
import { UploadPanel } from '../upload/UploadPanel.jsx';
import { NationalContest } from '../explorer/NationalContest.jsx';
import { useUploadFlow } from '../upload/useUploadFlow.js';
import { mappingMemory, browserStorage } from '../upload/rememberedMappings.js';
import { uploadDatasetId } from '../upload/uploadState.js';
import { datasetI18n, contestsWithin, nationalContest, isGallery, usesOwnLevels } from '../explorer/levels.js';
import { ElectionPicker } from '../gallery/ElectionPicker.jsx';
import { ElectionComparison } from '../gallery/ElectionComparison.jsx';
import { trackAttachedFile } from '../links/attachedFile.js';
import { useLinkSync } from '../links/useLinkSync.js';
import { SharePanel } from '../links/SharePanel.jsx';
import { useFactors } from '../factors/useFactors.js';
import { FactorsPanel } from '../factors/FactorsPanel.jsx';
import { ContestRanking } from '../factors/ContestRanking.jsx';
import { LinkNotice } from '../links/LinkNotice.jsx';
import { PlaceNav } from './PlaceNav.jsx';
import { Place } from './Place.jsx';
import { initialPlace, usePlaceHistory } from './usePlaceHistory.js';
import { ScenarioGlance } from '../scenario/ScenarioGlance.jsx';
import { useLoadedLanguage } from './useLoadedLanguage.js';

export function App({ engine: coreEngine, datasets, catalogue, defaultDatasetId, browserLanguages, updates }) {
  // The façade, remembering the attached file: a link to an upload embeds it or names it by its fingerprint.
  const engine = useMemo(() => trackAttachedFile(coreEngine), [coreEngine]);
  const [state, actions] = useAppStore({
    engine,
    datasets,
    datasetId: defaultDatasetId,
    lang: detectLanguage(browserLanguages),
    place: useMemo(initialPlace, []),
  });
  useFocusRequest(state.focus, state.place, (place) => actions.placeShown({ place }));
  // Once the first screen is shown, the engine loads the core that reads files (fetched and compiled
  // now, not when the user's first upload waits for it).
  const firstScreenShown = state.status === 'ready';
  useEffect(() => {
    if (firstScreenShown && coreEngine.warmUp) coreEngine.warmUp();
  }, [firstScreenShown, coreEngine]);
  const memory = useMemo(() => mappingMemory(browserStorage()), []);
  const uploadFlow = useUploadFlow({ engine, state, actions, memory });
  const datasetIds = useMemo(() => Object.keys(datasets), [datasets]);
  const linkSync = useLinkSync({ state, actions, engine, uploadFlow, datasetIds, defaultDatasetId });

  const { summary } = state;
  // The rule as the engine takes it: for the elections compared side by side (state.compare, in the
  // link) and the pages of contests.
  const comparedRule = useMemo(() => ruleRequest(state.scenario), [state.scenario]);
  // The factors view and the ranking of extremes ask the core about the dataset on the screen.
  // The engine is given files only (a bundled entry also holds its loader, which cannot cross to the
  // worker); a bundled election's files are there once its summary is.
  const shownDataset = useMemo(() => {
    if (state.datasetId === uploadDatasetId) return state.upload.dataset;
    const entry = datasets[state.datasetId];
    return entry && entry.files ? { files: entry.files } : null;
  }, [datasets, state.datasetId, state.upload.dataset, summary]);
  const factorsReady = state.status === 'ready' && Boolean(summary);
  const factors = useFactors({ engine, dataset: shownDataset, ready: factorsReady });
  // The ranking is of contests: the same answer when the view shows contests, else its own.
  const viewShowsContests = Boolean(factors.result && factors.result.level === 'contest');
  const ownContestFactors = useFactors({ engine, dataset: shownDataset, ready: factorsReady && Boolean(factors.result) && !viewShowsContests, level: 'contest' });
  const contestFactors = viewShowsContests ? factors : ownContestFactors;
  // For an uploaded file the strings about regions and contests use the file's own level names.
  const shownLang = useLoadedLanguage(state.lang);
  const i18n = useMemo(() => datasetI18n(createI18n(shownLang), summary), [shownLang, summary]);
  const viewingUpload = state.datasetId === uploadDatasetId;
  const view = useMemo(() => (summary ? explorerView(summary) : null), [summary]);
  const nameOf = (id) => {
    const unit = view && view.index.get(id);
    return unit ? i18n.name(unit) : id;
  };
  const severityOf = (unit) => (view ? view.severity.get(unit.id) : null);
  const selectedFinding = view && state.selectedFinding ? view.findings.get(state.selectedFinding) : null;
  const highlightedUnits = new Set(selectedFinding ? selectedFinding.units : []);

  const { evaluation } = state.rules;
  const tallies = useMemo(() => talliesByRegion(evaluation), [evaluation]);

  const sortedRegions = useMemo(
    () => (summary ? sortRegions(summary.regions, state.sort, (u) => i18n.name(u), state.lang, { tallies }) : []),
    [summary, state.sort, i18n, tallies],
  );
  const region = view && state.selectedRegion ? view.index.get(state.selectedRegion) : null;
  // Uploaded hierarchies differ: a region may be a contest itself, or hold none (one contest for the whole file).
  const regionContests = region ? contestsWithin(summary, region) : [];
  const wholeFileContest = nationalContest(summary);
  const { shown } = state.upload;
  // Many contests: the evaluation has no per-contest list; the decisions of the contests drawn come in pages.
  const pagedWanted = useMemo(() => {
    const wanted = [];
    if (region && regionContests.length > 0) wanted.push({ within: region.id, count: Math.min(regionContests.length, shown.contests) });
    if (wholeFileContest) wanted.push({ within: wholeFileContest.id, count: 1 });
    return wanted;
  }, [region, regionContests.length, shown.contests, wholeFileContest]);
  const paged = usePagedDecisions({ engine, dataset: shownDataset, evaluation, rule: comparedRule, swing: state.scenario.swing, wanted: pagedWanted });
  const decisions = useMemo(() => (isPaged(evaluation) ? paged.decisions : decisionsById(evaluation)), [evaluation, paged.decisions]);
  // What the download buttons read (export/): the data as the page shows it, in the page's language.
  const exportContext = useMemo(
    () => ({ i18n, summary, datasetId: state.datasetId, regions: sortedRegions, tallies: evaluation ? tallies : null, decisions, nameOf }),
    [i18n, summary, state.datasetId, sortedRegions, evaluation, tallies, decisions, view],
  );

  const ready = state.status === 'ready' && Boolean(summary);
  usePlaceHistory(actions, ready);
  const goTo = (place) => actions.goTo({ place });
  const findingCount = ready && summary.findings ? summary.findings.length : 0;

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
      <PlaceNav i18n={i18n} current={state.place} counts={{ findings: findingCount }} onGo={goTo} />
      <ExportContext.Provider value={exportContext}>
      <main id="main" tabindex="-1">
        <LinkNotice
          link={state.link}
          i18n={i18n}
          onDismiss={linkSync.dismissIssues}
          onFile={linkSync.checkFile}
          onGoOn={linkSync.goOnWithFile}
          onDecline={linkSync.declineFile}
        />
        {state.status === 'loading' && <Loading i18n={i18n} />}
        {state.status === 'error' && <EngineError error={state.error} i18n={i18n} />}
        <Place name="overview" current={state.place} i18n={i18n}>
          {ready && (
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
            >
              {state.rules.presets && (
                <ScenarioGlance id="overview-glance" scenario={state.scenario} rules={state.rules} i18n={i18n} onOpen={() => goTo('scenario')} />
              )}
            </NationalSummary>
          )}
          {ready && wholeFileContest && (
            <NationalContest
              contest={wholeFileContest}
              note={galleryNote(datasets, state.datasetId, state.lang)}
              decision={decisions ? decisions.get(wholeFileContest.id) : null}
              rule={evaluation ? evaluation.rule : null}
              sources={summary.sources}
              severity={severityOf(wholeFileContest)}
              i18n={i18n}
              nameOf={nameOf}
              onShowFindings={(id) => actions.showFindingsFor({ id })}
            />
          )}
          <ElectionPicker
            catalogue={catalogue}
            selected={state.datasetId}
            lang={state.lang}
            i18n={i18n}
            onChoose={(id) => actions.chooseDataset({ id })}
          />
        </Place>
        {ready && (
          <>
            <Place name="scenario" current={state.place} i18n={i18n}>
              <ScenarioPanel
                scenario={state.scenario}
                rules={state.rules}
                contestCount={summary.completeness ? summary.completeness.contests : summary.contests.length}
                i18n={i18n}
                actions={actions}
              />
              <SharePanel sync={linkSync} state={state} i18n={i18n} nameOf={nameOf} />
              <ComparisonPanel
                comparison={state.rules.comparison}
                selected={state.scenario.preset}
                edited={isEdited(state.scenario.rule)}
                updating={state.rules.comparing}
                i18n={i18n}
                onChoose={(id) => actions.choosePreset({ id })}
              />
              {catalogue && catalogue.length > 1 && state.rules.presets && (
                <ElectionComparison
                  catalogue={catalogue}
                  datasets={datasets}
                  engine={engine}
                  rule={comparedRule}
                  presets={state.rules.presets}
                  chosen={state.compare}
                  i18n={i18n}
                  onToggle={(id) => actions.compareToggled({ id })}
                />
              )}
            </Place>
            <Place name="regions" current={state.place} i18n={i18n}>
              <RegionChartsPanel
                regions={summary.regions}
                national={summary.national}
                selectedRegion={state.selectedRegion}
                i18n={i18n}
                onOpen={(id) => actions.openRegion({ id })}
              />
              <ContestRanking factors={contestFactors} i18n={i18n} onShowUnit={(id) => actions.showUnit({ id })} />
              <RegionsPanel
                regions={sortedRegions.length > shown.regions ? sortedRegions.slice(0, shown.regions) : sortedRegions}
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
              >
                {sortedRegions.length > shown.regions && (
                  <ShowMore shown={shown.regions} total={sortedRegions.length} i18n={i18n} onMore={() => actions.showMore({ list: 'regions' })} />
                )}
              </RegionsPanel>
              {region && (
                <RegionDetail
                  region={region}
                  contests={regionContests.length > shown.contests ? regionContests.slice(0, shown.contests) : regionContests}
                  areas={(summary.areas || []).filter((area) => area.parent === region.id)}
                  listVote={isListVote(datasets, state.datasetId)}
                  summary={summary}
                  totalsOnly={regionContests.length > 0 && isTotalsOnly(regionContests)}
                  notice={regionNotice(i18n, summary, region, regionContests, wholeFileContest)}
                  highlightedUnits={highlightedUnits}
                  severityOf={severityOf}
                  sources={summary.sources}
                  decisions={decisions}
                  rule={evaluation ? evaluation.rule : null}
                  i18n={i18n}
                  nameOf={nameOf}
                  onClose={() => actions.closeRegion()}
                  onShowFindings={(id) => actions.showFindingsFor({ id })}
                >
                  {regionContests.length > shown.contests && (
                    <ShowMore shown={shown.contests} total={regionContests.length} i18n={i18n} onMore={() => actions.showMore({ list: 'contests' })} />
                  )}
                </RegionDetail>
              )}
              <FactorsPanel factors={factors} i18n={i18n} onShowUnit={(id) => actions.showUnit({ id })} />
            </Place>
            <Place name="findings" current={state.place} i18n={i18n}>
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
            </Place>
            <Place name="sources" current={state.place} i18n={i18n}>
              <SourceList sources={summary.sources || []} claimRule={summary.claim_rule} i18n={i18n} />
            </Place>
          </>
        )}
        <Place name="file" current={state.place} i18n={i18n}>
          <UploadPanel
            upload={state.upload}
            viewing={viewingUpload}
            i18n={i18n}
            nameOf={nameOf}
            actions={actions}
            flow={uploadFlow}
          />
        </Place>
      </main>
      </ExportContext.Provider>
      <Footer i18n={i18n} />
      <UpdateBanner updates={updates} i18n={i18n} />
    </>
  );
}

/** What the open region's panel says above its contests: why there are none, and the unit's own note. */
function regionNotice(i18n, summary, region, contests, wholeFileContest) {
  const why = contests.length === 0 && usesOwnLevels(summary) ? i18n.t(wholeFileContest ? 'units.part_of_whole' : 'units.no_contests') : null;
  const note = isGallery(summary) && region && region.note ? region.note : null;
  return [why, note].filter(Boolean).join(' ') || null;
}

/** Is this dataset a party-list vote (its gallery block says so)? */
function isListVote(datasets, id) {
  const meta = datasets[id] && datasets[id].meta;
  return Boolean(meta && meta.gallery && meta.gallery.contest === 'parliament_list');
}

/** A bundled election's own word on how the page's rules apply to it (dataset.json's gallery block). */
function galleryNote(datasets, id, lang) {
  const meta = datasets[id] && datasets[id].meta;
  const note = meta && meta.gallery && meta.gallery.rules_note;
  return note ? note[lang] || note.en : null;
}
