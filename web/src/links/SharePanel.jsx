// The share panel as the page places it: the current link (useLinkSync) and what it contains,
// described from the page's state.
import { CopyLink } from './CopyLink.jsx';
import { linkContents } from './contents.js';
import { presetName } from '../scenario/PresetPicker.jsx';
import { isEdited } from '../scenario/scenario.js';

export function SharePanel({ sync, state, i18n, nameOf }) {
  const link = sync.current;
  const { scenario } = state;
  const upload = state.upload && state.upload.dataset ? state.upload.dataset.upload : null;
  const contents = link && link.kind
    ? linkContents(i18n, {
      kind: link.kind,
      dataChars: link.dataChars,
      fileName: upload ? upload.file : '',
      ruleName: presetName(i18n, scenario.preset),
      edited: isEdited(scenario.rule),
      swing: scenario.swing,
      regionName: state.selectedRegion ? nameOf(state.selectedRegion) : null,
      compared: state.compare ? state.compare.length : 0,
      lang: state.lang,
    })
    : [];
  return <CopyLink link={link} contents={contents} embedCap={sync.embedCap} i18n={i18n} />;
}
