import { lazy, Suspense, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { PanelBoundary } from './PanelBoundary';

type Loader<P> = () => Promise<ComponentType<P>>;

const lazyOf = <P extends object>(load: Loader<P>): LazyExoticComponent<ComponentType<P>> =>
  lazy(() => load().then((c) => ({ default: c })));

/**
 * A part of the page whose code is fetched on first use: "Loading {what}…" meanwhile; a failed fetch says so with a
 * Retry that fetches it again. (React.lazy keeps a failed load for good, so Retry makes a new one.)
 */
export function LazyPart<P extends object>({
  load,
  what,
  props,
}: {
  load: Loader<P>;
  what: string;
  props: P;
}) {
  const [Part, setPart] = useState(() => lazyOf(load));
  return (
    <PanelBoundary
      name={what}
      fallback={(error, reset) => (
        <div className="panel error-box" role="alert">
          <p>
            The {what} could not be loaded: {error.message}
          </p>
          <button
            type="button"
            onClick={() => {
              setPart(() => lazyOf(load));
              reset();
            }}
          >
            Retry
          </button>
        </div>
      )}
    >
      <Suspense fallback={<p className="muted">Loading the {what}…</p>}>
        <Part {...props} />
      </Suspense>
    </PanelBoundary>
  );
}
