// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlasStore } from '../../src/state/store';
import type { ResolvedAtlas } from '../../src/state/atlasTypes';
import { App } from '../../src/App';
import { Viewer } from '../../src/ui/Viewer';
import { tinyAtlasState } from './fixtures';

// The real 3D view needs WebGL, which jsdom lacks: a stand-in shows which generation of the view is mounted, and
// throws while `canvasFault.error` is set, as a canvas that cannot get a context does.
const canvasFault = vi.hoisted(() => ({ error: null as Error | null }));
vi.mock('../../src/scene/AtlasCanvas', () => ({
  AtlasCanvas: ({ generation }: { generation: number }) => {
    if (canvasFault.error) throw canvasFault.error;
    return <div data-testid="atlas-canvas" data-generation={generation} />;
  },
}));

const resolved: ResolvedAtlas = { sites: [], lines: [], errors: [] };
const withWebgl = () => vi.stubGlobal('WebGL2RenderingContext', class {});

beforeEach(() => {
  canvasFault.error = null;
  useAtlasStore.setState({ ...tinyAtlasState(resolved), bodyStatus: 'ready' });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the 3D view without WebGL', () => {
  it('says the 3D view is unavailable and offers a reload, while search and the panels still render', async () => {
    expect('WebGL2RenderingContext' in window || 'WebGLRenderingContext' in window).toBe(false);
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    render(<App />);
    const message = screen.getByTestId('webgl-unavailable');
    expect(within(message).getByRole('heading').textContent).toBe('3D view unavailable');
    expect(message.textContent).toMatch(/cannot draw 3D graphics/);
    expect(screen.queryByTestId('atlas-canvas')).toBeNull();
    // the rest of the app works: the search box and the layer panel are there
    expect(screen.getByRole('combobox')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Layers' })).toBeTruthy();
    fireEvent.click(within(message).getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

describe('the 3D view with WebGL', () => {
  beforeEach(withWebgl);

  it('draws the view and no failure message while all is well', async () => {
    render(<Viewer />);
    expect((await screen.findByTestId('atlas-canvas')).dataset.generation).toBe('0');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when the WebGL context is lost, and rebuilds the view on request', async () => {
    render(<Viewer />);
    await screen.findByTestId('atlas-canvas');
    act(() => useAtlasStore.getState().setWebgl('lost'));
    const message = screen.getByTestId('context-lost');
    expect(within(message).getByRole('heading').textContent).toBe('The 3D view stopped');
    expect(message.textContent).toMatch(/graphics context was lost/);
    fireEvent.click(within(message).getByRole('button', { name: 'Restart the 3D view' }));
    expect(useAtlasStore.getState().webgl).toBe('ok');
    expect(screen.queryByTestId('context-lost')).toBeNull();
    // a new view (a new WebGL context) replaces the lost one
    expect(screen.getByTestId('atlas-canvas').dataset.generation).toBe('1');
  });

  it('shows what went wrong when the 3D view throws, and retries it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
    canvasFault.error = new Error('Error creating WebGL context.');
    render(<Viewer />);
    const failure = await screen.findByTestId('canvas-failure');
    expect(within(failure).getByRole('heading').textContent).toBe('3D view unavailable');
    expect(failure.textContent).toMatch(/could not start \(Error creating WebGL context\.\)/);
    expect(screen.queryByTestId('atlas-canvas')).toBeNull();

    // still failing: the retry shows the failure again
    fireEvent.click(within(failure).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('canvas-failure')).toBeTruthy();

    // fixed: the retry brings the view back
    canvasFault.error = null;
    fireEvent.click(within(screen.getByTestId('canvas-failure')).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('atlas-canvas')).toBeTruthy();
    expect(screen.queryByTestId('canvas-failure')).toBeNull();
  });
});
