// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAtlasStore } from '../../src/state/store';
import { Notices } from '../../src/ui/Notices';

describe('notices', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useAtlasStore.setState({ notices: [] });
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('times out a brief notice, keeps one with a Retry until it is used, and Retry tries again', () => {
    const retry = vi.fn();
    render(<Notices />);
    act(() => {
      useAtlasStore.getState().notify('The tours could not be loaded: offline', retry);
      useAtlasStore.getState().notify('Unknown layer “x” in the link ignored.');
    });
    expect(screen.getAllByRole('button', { name: 'Retry' })).toHaveLength(1);
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.queryByText(/Unknown layer/)).toBeNull();
    expect(screen.getByText(/The tours could not be loaded/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/The tours could not be loaded/)).toBeNull();
  });
});
