// A unit named in a finding or a list: a real link (to its anchor) that also opens it on the page.
export function UnitLink({ id, i18n, nameOf, onShow }) {
  return (
    <a
      href={`#unit-${id}`}
      class="unit-link"
      onClick={(event) => {
        event.preventDefault();
        onShow(id);
      }}
    >
      {nameOf(id)}
    </a>
  );
}
