import { placeMarkLabels } from '../../core/markLabels';
import type { CapturedView } from '../../state/workspace/viewCapture';

const LINE = 26;

/** One captured view of the body with the plan's sites as numbered dots and labels (SVG over the image). */
export function MarkedFigure({ view }: { view: CapturedView }) {
  // one label per item per side of the figure: both sides of a bilateral item get a dot each and a label each
  const labels = placeMarkLabels(
    view.marks.map((m) => ({ x: m.x, y: m.y, text: `${m.n} ${m.code}` })),
    view.width,
    LINE,
  );
  return (
    <figure className="marked-figure">
      <svg
        viewBox={`0 0 ${view.width} ${view.height}`}
        role="img"
        aria-label={`The body from the ${view.view}, ${view.marks.length} site(s) marked`}
      >
        <image href={view.image} width={view.width} height={view.height} />
        {labels.map((l, i) => (
          <g key={i}>
            <line x1={l.x} y1={l.y} x2={l.lx} y2={l.ly - LINE / 3} stroke="#222" strokeWidth={1.5} />
            <circle cx={l.x} cy={l.y} r={7} fill="#d21f3c" stroke="#fff" strokeWidth={2} />
            <text
              x={l.lx}
              y={l.ly}
              textAnchor={l.anchor}
              fontSize={22}
              fontWeight={600}
              paintOrder="stroke"
              stroke="#fff"
              strokeWidth={5}
            >
              {l.text}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>{view.view === 'front' ? 'Front' : 'Back'}</figcaption>
    </figure>
  );
}
