// Label–value pairs as a definition list that wraps into two columns where there is room.
export function FactList({ items }) {
  return (
    <dl class="facts">
      {items.map((item) => (
        <div class="facts__item" key={item.key}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
