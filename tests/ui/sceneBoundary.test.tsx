// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { SceneBoundary } from '../../src/scene/ViewCanvas';

afterEach(cleanup);

function Broken(): never {
  throw new Error('a layer could not be drawn');
}

it('reports an error thrown inside the 3D scene, so the view around the canvas can show it', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {}); // React logs the caught error
  const report = vi.fn();
  render(
    <SceneBoundary report={report}>
      <Broken />
    </SceneBoundary>,
  );
  expect(report).toHaveBeenCalledTimes(1);
  expect((report.mock.calls[0][0] as Error).message).toBe('a layer could not be drawn');
});

it('renders the scene when nothing throws', () => {
  const report = vi.fn();
  render(
    <SceneBoundary report={report}>
      <p>scene</p>
    </SceneBoundary>,
  );
  expect(screen.getByText('scene')).toBeTruthy();
  expect(report).not.toHaveBeenCalled();
});
