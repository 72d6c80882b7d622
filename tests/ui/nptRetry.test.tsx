// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialNptState, useNptStore } from '../../src/state/nptStore';
import { initialAtlasState, useAtlasStore } from '../../src/state/store';
import { LayerPanel } from '../../src/ui/LayerPanel';

beforeEach(() => {
  useAtlasStore.setState(initialAtlasState());
  useNptStore.setState(initialNptState());
});
afterEach(cleanup);

describe('nerve exit site data that failed to load', () => {
  it('stays reported in the layer panel with a Retry that loads it', async () => {
    useNptStore.setState({ error: 'The nerve exit site data could not be loaded: network error' });
    render(<LayerPanel />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('nerve exit site data could not be loaded');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry the nerve exit site data' }));
    await waitFor(() => expect(useNptStore.getState().data).not.toBeNull(), { timeout: 30_000 });
    expect(useNptStore.getState().error).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
