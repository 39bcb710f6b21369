// What the export buttons need from the page, handed down once by App instead of through every panel.
import { createContext } from 'preact';

/** { i18n, summary, datasetId, tallies, decisions, nameOf, scenario } */
export const ExportContext = createContext(null);

/** The words under every exported chart: the app and the data's title. */
export function exportNote(context) {
  const election = context && context.summary && context.summary.election;
  const title = election && election.title ? election.title[context.i18n.lang] || election.title.ru : '';
  return context.i18n.t('export.note', { title });
}
