// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialAtlasState, useAtlasStore } from '../../src/state/store';
import { AtlasProgress } from '../../src/ui/AtlasProgress';

describe('the progress bar of the engine on a user’s body', () => {
  beforeEach(() => useAtlasStore.setState(initialAtlasState()));
  afterEach(cleanup);

  it('shows how far it got and what it computes now, to the eye and to a screen reader', () => {
    useAtlasStore.setState({ atlasProgress: { done: 0, total: 100, what: 'skin index' } });
    render(<AtlasProgress />);
    const bar = screen.getByRole('progressbar', { name: 'Locating the points on this body…' });
    expect(bar).toHaveProperty('value', 0);
    expect(bar.getAttribute('aria-valuetext')).toBe('Skin index, 0%');
    act(() => useAtlasStore.setState({ atlasProgress: { done: 41, total: 100, what: 'Lung channel line' } }));
    expect(bar).toHaveProperty('value', 41);
    expect(bar).toHaveProperty('max', 100);
    expect(bar.getAttribute('aria-valuetext')).toBe('Lung channel line, 41%');
    expect(screen.getByText('Lung channel line, 41%')).toBeTruthy();
  });

  it('has no bar while no engine runs here (a shipped body), only the line', () => {
    render(<AtlasProgress />);
    expect(screen.getByText('Locating the points on this body…')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
