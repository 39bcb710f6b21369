// Every column of the file with a few of its values and its role: a hierarchy level, a measure
// (several columns with one measure are added up), a candidate, a long file's option or votes, or
// not used — kept in the file, just not counted.
import { rolesFor, measureOfRole, role } from './mappingForm.js';

export function roleLabel(i18n, r) {
  const measure = measureOfRole(r);
  if (measure) return i18n.t(`measure.${measure}`);
  return i18n.t(`upload.role.${r}`);
}

export function ColumnRoles({ form, header, preview, i18n, disabled, onRole }) {
  const roles = rolesFor(form.shape);
  return (
    <ol class="column-roles" aria-labelledby="column-roles-title">
      {header.map((name, column) => {
        const samples = (preview || []).slice(0, 3).map((row) => row.fields[column]).filter((v) => v !== undefined && v !== '');
        const current = form.roles[column];
        return (
          <li key={column} class={`column-role column-role--${current === role.unused ? 'unused' : 'used'}`} data-column={column}>
            <span class="column-role__index num">{column + 1}</span>
            <span class="column-role__text">
              <label for={`role-${column}`} class="column-role__header">{name || i18n.t('upload.no_header')}</label>
              {samples.length > 0 && <span class="column-role__samples">{samples.join(' · ')}</span>}
            </span>
            <select id={`role-${column}`} class="column-role__select" value={current} disabled={disabled} onChange={(e) => onRole(column, e.currentTarget.value)}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {roleLabel(i18n, r)}
                </option>
              ))}
            </select>
          </li>
        );
      })}
    </ol>
  );
}
