// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialAtlasState, useAtlasStore } from '../../src/state/store';
import { Notices } from '../../src/ui/Notices';
import { SearchBox } from '../../src/ui/SearchBox';
import { tinyData } from './fixtures';

beforeEach(() => useAtlasStore.setState({ ...initialAtlasState(), data: tinyData }));
afterEach(cleanup);

describe('the search box', () => {
  it('lists matches and selects the first with Enter, asking to fly there', () => {
    render(<SearchBox />);
    const box = screen.getByRole('combobox');
    fireEvent.change(box, { target: { value: 'hegu' } });
    expect(screen.getAllByRole('option')[0].textContent).toContain('LI4');
    fireEvent.keyDown(box, { key: 'Enter' });
    const s = useAtlasStore.getState();
    expect(s.selection).toEqual({ code: 'LI4', side: 'L' });
    expect(s.camera.focusSite).toBe('LI4.L');
  });

  it('moves through the results with the arrow keys', () => {
    render(<SearchBox />);
    const box = screen.getByRole('combobox');
    fireEvent.change(box, { target: { value: 'large intestine' } });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const active = screen.getAllByRole('option').find((o) => o.getAttribute('aria-selected') === 'true');
    expect(box.getAttribute('aria-activedescendant')).toBe(active?.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(useAtlasStore.getState().selection?.code).toBe(active?.textContent?.split(' ')[0]);
  });

  it('says so when nothing matches', () => {
    render(<SearchBox />);
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'zzzzqqq' } });
    expect(screen.getByText(/No match/)).toBeTruthy();
  });
});

describe('notices', () => {
  it('shows a notice and dismisses it', () => {
    useAtlasStore.getState().notify('Unknown point “ZZ99” in the link: nothing selected.');
    render(<Notices />);
    expect(screen.getByTestId('notices').textContent).toContain('ZZ99');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(useAtlasStore.getState().notices).toEqual([]);
  });
});
