import type { Caution } from '../schema/point';

const KIND_TEXT: Record<Caution['kind'], string> = {
  pregnancy: 'Pregnancy',
  'lung-pleura': 'Lung / pleura',
  eye: 'Eye',
  'major-vessel': 'Major vessel',
  nerve: 'Nerve',
  medulla: 'Medulla',
  'not-needled': 'Not needled',
  other: 'Caution',
};

/** Cautions of a point, set apart and marked so that they cannot be missed. */
export function CautionList({ cautions }: { cautions: readonly Caution[] }) {
  if (cautions.length === 0) return null;
  return (
    <section className="cautions" aria-label="Cautions">
      <h3>
        <span aria-hidden="true">⚠ </span>Cautions
      </h3>
      <ul>
        {cautions.map((c, i) => (
          <li key={i} className={`caution caution--${c.kind}`}>
            <strong>{KIND_TEXT[c.kind]}:</strong> {c.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
