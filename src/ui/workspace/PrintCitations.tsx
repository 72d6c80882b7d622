import type { Citation } from '../../core/printModel';

/** The numbered sources a printed page cites, each with the places in it that were used. */
export function PrintCitations({ citations }: { citations: Citation[] }) {
  if (citations.length === 0) return null;
  return (
    <section className="print-citations">
      <h2>Sources</h2>
      <ol>
        {citations.map((c) => (
          <li key={c.n} value={c.n}>
            {c.title}. <span className="muted">({c.locators.join('; ')})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
