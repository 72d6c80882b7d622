import type { PointRecord } from '../schema/point';
import type { ResolvedSite } from '../core/sites';
import { cunUnitName, rulerLegend } from '../core/cunRuler';
import { useAtlasStore } from '../state/store';

const cm = (m: number) => `${(m * 100).toFixed(1)} cm`;
const num = (x: number) => String(Math.round(x * 100) / 100);

/**
 * "How to find it": the words of each step of the derivation that the cun ruler draws on the body, the segments
 * that give the B-cun, and for the six controversial points a switch to the alternative location.
 */
export function HowToFind({ record, site }: { record: PointRecord; site: ResolvedSite | undefined }) {
  const alt = useAtlasStore((s) => s.showAlternative);
  const setAlt = useAtlasStore((s) => s.setShowAlternative);
  const shown = alt && site?.alternative ? site.alternative : site;
  return (
    <section className="how-to-find" aria-label="How to find it">
      <h3>How to find it</h3>
      <p>{alt && record.alternative ? record.alternative.location : record.location}</p>
      {record.alternative && (
        <div className="alternative">
          <button type="button" aria-pressed={alt} onClick={() => setAlt(!alt)}>
            {alt ? 'Show the main location' : 'Show the alternative location'}
          </button>
          <p className="muted">{record.alternative.note}</p>
        </div>
      )}
      {record.notDrawn && (
        <p className="muted" data-testid="not-on-skin">
          Not on the skin: {record.notDrawn}
          {site ? ' Schematic marker: it shows where the point lies, not a site on the skin.' : ''}
        </p>
      )}
      {shown && (
        <>
          <ol className="steps" data-testid="derivation-steps">
            {shown.derivation.steps.map((s, i) => (
              <li key={i}>{s.text}</li>
            ))}
          </ol>
          {shown.derivation.segments.length > 0 && (
            <ul className="segments" aria-label="Proportional segments used">
              {shown.derivation.segments.map((g, i) => (
                <li key={i}>
                  <span className="ruler-swatch" aria-hidden="true" /> {g.label}: {num(g.cun)}{' '}
                  {cunUnitName(g.unit)} = {cm(g.metres)} on this body (1 {cunUnitName(g.unit)} ={' '}
                  {cm(g.metres / g.cun)})
                </li>
              ))}
            </ul>
          )}
          <p className="muted" data-testid="ruler-legend">
            {rulerLegend([
              ...shown.derivation.segments.map((g) => g.unit),
              ...shown.derivation.steps.filter((st) => st.unit).map((st) => st.unit),
            ])}
          </p>
        </>
      )}
    </section>
  );
}
