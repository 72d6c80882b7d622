import { expertArea, measuredWithoutFigure } from '../state/expertAreas';
import { sourceRecord } from '../state/selectors';
import { useAtlasStore } from '../state/store';

const cm = (x: number) => x.toFixed(1);

/**
 * How far qualified practitioners disagree on where a point lies: the measured area and its source where a study
 * gives one, and a plain statement where none does (no area is drawn then).
 */
export function PractitionerSpread({ code }: { code: string }) {
  const data = useAtlasStore((s) => s.data);
  const open = useAtlasStore((s) => s.setOpenSource);
  const info = expertArea(code);
  return (
    <section
      aria-label="Spread among practitioners"
      className="practitioner-spread"
      data-testid="expert-spread"
    >
      <h3>Where practitioners place it</h3>
      {!info && measuredWithoutFigure(code) && (
        <p>
          A study measured how far practitioners disagree on {code}, but its figure is not in the atlas, so no
          area is drawn.
        </p>
      )}
      {!info && !measuredWithoutFigure(code) && (
        <p>
          No study has measured how far practitioners disagree on where this point lies, so no area is drawn.
        </p>
      )}
      {info && (
        <>
          <p>
            95 % of the sites that qualified practitioners marked for {code} fell within{' '}
            <strong>{info.areaCm2} cm²</strong>
            {info.area68Cm2 !== undefined ? ` (68 % within ${info.area68Cm2} cm²)` : ''}. The “Expert spread”
            layer draws it as a circle of equal area, {cm(info.shape.radiusCm)} cm in radius over the skin,
            around the atlas’s site; the study gives no shape.
          </p>
          <ul className="source-refs">
            {info.sources.map((r) => {
              const src = sourceRecord(data, r.id);
              const who = src?.authors?.[0] ? `${src.authors[0].split(' ')[0]} et al.` : r.id;
              return (
                <li key={r.id}>
                  <button
                    type="button"
                    className="link"
                    onClick={() => open({ id: r.id, locator: r.locator })}
                  >
                    {who}
                    {src?.year ? ` ${src.year}` : ''}
                    {src?.journal ? `, ${src.journal}` : ''}
                  </button>
                  <span className="locator"> — {r.locator}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
