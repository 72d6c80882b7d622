import Module from 'manifold-3d';

type Wasm = Awaited<ReturnType<typeof Module>>;
let instance: Promise<Wasm> | undefined;

/** The manifold-3d WASM module, initialised once per process. */
export function manifold(): Promise<Wasm> {
  instance ??= Module().then((m) => {
    m.setup();
    return m;
  });
  return instance;
}
