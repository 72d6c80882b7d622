import { ALGOMETER_NORMAL } from '../../core/visits';
import { useAtlasStore } from '../../state/store';

/** The reference range shown beside algometer readings, with its source (a clinic's own figure). */
export function AlgometerNormalNote() {
  const openSource = useAtlasStore((s) => s.setOpenSource);
  const { min, max, unit, source } = ALGOMETER_NORMAL;
  return (
    <p className="algometer-normal">
      For reference: {min}–{max} {unit} is called normal by seed 002, a clinic’s own figure without a
      reference (practitioner’s claim;{' '}
      <button
        type="button"
        className="link"
        onClick={() => openSource({ id: source.id, locator: source.locator })}
      >
        source: {source.locator}
      </button>
      ).
    </p>
  );
}
