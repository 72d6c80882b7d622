/** Composition only: the viewer and its panels. */
export function App() {
  return <main>PointAtlas</main>;
}
