// Header cells the user should look at (empty, or the same text as another column's): the core
// suggests nothing for them, so the user decides what, if anything, they hold.
export function HeaderProblems({ problems, i18n }) {
  if (!problems || problems.length === 0) return null;
  const column = (index) => i18n.count(index + 1);
  return (
    <ul class="notice notice--check header-problems" id="header-problems">
      {problems.map((p) => (
        <li key={`${p.code}-${p.column}`} data-code={p.code} data-column={p.column}>
          {p.code === 'header.duplicate'
            ? i18n.t('upload.header_problem.duplicate', { column: column(p.column), first: column(p.same_as), header: p.header })
            : i18n.t('upload.header_problem.empty', { column: column(p.column) })}
        </li>
      ))}
    </ul>
  );
}
