// "What this link contains", before anyone shares it: which data (bundled, the user's own inside the
// link, or their file named by its fingerprint), the rule, the swing, the open region, the elections
// compared, the language.
import { kilobytes, shorten } from './issueText.js';

/** The contents line's parts, as plain strings. */
export function linkContents(i18n, { kind, dataChars, fileName, ruleName, edited, swing, regionName, compared = 0, lang }) {
  const parts = [];
  if (kind === 'embedded') parts.push(i18n.t('link.contains.embedded', { size: kilobytes(i18n, dataChars) }));
  else if (kind === 'named') parts.push(i18n.t('link.contains.named', { name: shorten(fileName) }));
  else parts.push(i18n.t('link.contains.bundled'));
  if (ruleName) parts.push(i18n.t(edited ? 'link.contains.rule_edited' : 'link.contains.rule', { name: ruleName }));
  if (swing) parts.push(i18n.t('link.contains.swing', { swing: i18n.decimal(swing, 2) }));
  if (regionName) parts.push(i18n.t('link.contains.region', { name: regionName }));
  if (compared > 0) parts.push(i18n.plural('link.contains.compare', compared, { n: compared }));
  if (lang) parts.push(i18n.t('link.contains.lang', { name: i18n.t(`lang.${lang}.name`) }));
  return parts;
}
