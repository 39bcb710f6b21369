// Under a party-list vote's areas (Bulgaria's municipalities): which of the page's rules apply to a
// list vote as they stand and which only as a thought experiment. The vote is one national contest,
// so no rule is decided for a municipality or a constituency; the figures and shares are.
import { presetName } from '../scenario/PresetPicker.jsx';

/** The presets that read only the against-all line (and the ballots they add to it). */
export const listVoteApplies = ['statistical', 'blank-majority', 'crossed-out-counts', 'blank-counts'];
/** The presets that set against all beside the leading candidate: for a list, the leading list. */
export const listVoteThoughtExperiment = ['beats-leader', 'russia-before-2006'];

export function ListVoteNote({ i18n }) {
  const names = (ids) => ids.map((id) => presetName(i18n, id)).join(', ');
  return (
    <div class="note list-vote-note" data-list-vote-note>
      <p>{i18n.t('areas.list_vote.intro')}</p>
      <ul>
        <li data-applies="yes">{i18n.t('areas.list_vote.applies', { rules: names(listVoteApplies) })}</li>
        <li data-applies="no">{i18n.t('areas.list_vote.not', { rules: names(listVoteThoughtExperiment) })}</li>
      </ul>
    </div>
  );
}
