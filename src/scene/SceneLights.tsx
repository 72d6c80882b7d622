/** Soft studio lighting: warm key from the front-left, cool fill from the right, rim from behind, sky/ground ambient. */
export function SceneLights() {
  return (
    <>
      <hemisphereLight args={['#fffaf2', '#8a8078', 1.1]} />
      <directionalLight position={[2, 3.5, 4]} intensity={1.6} color="#fff4e8" />
      <directionalLight position={[-3, 1.5, 2]} intensity={0.55} color="#e8f0ff" />
      <directionalLight position={[0, 2.5, -4]} intensity={0.7} color="#ffffff" />
    </>
  );
}
