// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAtlasStore } from '../../src/state/store';
import type { ResolvedAtlas } from '../../src/state/atlasTypes';
import { LayerPanel } from '../../src/ui/LayerPanel';
import { PointPanel } from '../../src/ui/PointPanel';
import { SourceDialog } from '../../src/ui/SourceDialog';
import { AboutDialog } from '../../src/ui/AboutDialog';
import { tinyAtlasState, tinySite } from './fixtures';
import { atlasData } from '../../src/data';

const atlasPoints = atlasData.points;

const step = {
  text: 'Go 1 F-cun laterally.',
  path: [[0, 0, 0] as const, [0.01, 0, 0] as const],
  cun: 1,
  unit: 'F' as const,
};
const site = (code: string, side: 'L' | 'R') =>
  tinySite(code, side, [side === 'L' ? 0.3 : -0.3, 0.8, 0.05], {
    start: 'knuckle_2',
    steps: [step],
    segments: [],
  });
const resolved: ResolvedAtlas = {
  sites: [site('LI4', 'L'), site('LI4', 'R'), site('LI20', 'L'), site('LI20', 'R')],
  lines: [
    {
      channel: 'LI',
      side: 'L',
      path: [
        [0, 0, 0],
        [0, 1, 0],
      ],
    },
  ],
  errors: [],
};

beforeEach(() => {
  useAtlasStore.setState({ ...tinyAtlasState(resolved) });
});
afterEach(cleanup);

describe('the point panel', () => {
  it('shows names, channel, side, cautions, evidence, steps and sources of the selected point', () => {
    useAtlasStore.setState({ selection: { code: 'LI4', side: 'L' } });
    render(<PointPanel />);
    const panel = screen.getByTestId('point-panel');
    expect(panel.textContent).toContain('合谷');
    expect(panel.textContent).toContain('Hégǔ');
    expect(panel.textContent).toContain('Union Valley');
    expect(panel.textContent).toContain('Large Intestine');
    expect(screen.getByRole('region', { name: 'Cautions' }).textContent).toMatch(/Pregnancy/);
    expect(panel.textContent).toContain('Evidence: standard');
    expect(screen.getByTestId('derivation-steps').textContent).toContain('Go 1 F-cun laterally.');
    expect(within(screen.getByRole('region', { name: 'Sources' })).getAllByRole('button')).toHaveLength(2);
  });

  it('switches side and opens a source record', () => {
    useAtlasStore.setState({ selection: { code: 'LI4', side: 'L' } });
    render(
      <>
        <PointPanel />
        <SourceDialog />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Right (R)' }));
    expect(useAtlasStore.getState().selection).toEqual({ code: 'LI4', side: 'R' });
    fireEvent.click(screen.getByRole('button', { name: /Acupuncture for back pain/ }));
    const record = screen.getByTestId('source-record');
    expect(record.textContent).toContain('003_e538b7cfc5a0ba56.txt');
    expect(screen.getByRole('dialog').textContent).toContain('365 classical points');
  });

  it('offers the alternative location of a controversial point', () => {
    useAtlasStore.setState({ selection: { code: 'LI20', side: 'L' } });
    render(<PointPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Show the alternative location' }));
    expect(useAtlasStore.getState().showAlternative).toBe(true);
    expect(screen.getByRole('region', { name: 'How to find it' }).textContent).toContain(
      'lower border of the ala',
    );
  });

  it('says that a point off the skin is shown by a schematic marker', () => {
    const s = useAtlasStore.getState();
    const hn10 = atlasPoints.find((p) => p.code === 'EX-HN10')!;
    const marker = {
      ...site('EX-HN10', 'L'),
      id: 'EX-HN10',
      side: 'M' as const,
      layer: 'extra',
      onSkin: false as const,
    };
    useAtlasStore.setState({
      data: { ...s.data!, points: [...s.data!.points, hn10] },
      resolved: { ...s.resolved!, sites: [...s.resolved!.sites, marker] },
      selection: { code: 'EX-HN10', side: 'M' },
    });
    render(<PointPanel />);
    const note = screen.getByTestId('not-on-skin').textContent;
    expect(note).toContain('Not on the skin');
    expect(note).toContain('tongue');
    expect(note).toContain('Schematic marker');
  });

  it('writes every hyphen of a category as a space, and names the finger-cun of a finger-cun step', () => {
    const data = useAtlasStore.getState().data!;
    const points = data.points.map((p) =>
      p.code === 'LI4' ? { ...p, categories: [{ kind: 'lower-he-sea' as const, of: 'Large Intestine' }] } : p,
    );
    useAtlasStore.setState({ data: { ...data, points }, selection: { code: 'LI4', side: 'L' } });
    render(<PointPanel />);
    expect(screen.getByTestId('point-panel').textContent).toContain('lower he sea of Large Intestine');
    const legend = screen.getByTestId('ruler-legend').textContent;
    expect(legend).toContain('F-cun');
    expect(legend).not.toContain('B-cun');
  });

  it('renders nothing for an unknown code', () => {
    useAtlasStore.setState({ selection: { code: 'ZZ1', side: 'L' } });
    const { container } = render(<PointPanel />);
    expect(container.textContent).toBe('');
  });
});

describe('the layer panel', () => {
  it('lists each layer and channel with its count, and switches them', () => {
    render(<LayerPanel />);
    expect(screen.getByText('Channel points').parentElement?.textContent).toContain('2');
    const li = screen.getAllByRole('checkbox', { name: /LI Large Intestine/ })[0];
    fireEvent.click(li);
    expect(useAtlasStore.getState().groupOff).toEqual({ 'points:LI': true });
    fireEvent.click(screen.getByTestId('layer-toggle-channels'));
    expect(useAtlasStore.getState().layerOn.channels).toBe(false);
  });

  it("shows and hides a layer's legend and groups with a disclosure apart from its switch", () => {
    render(<LayerPanel />);
    const more = screen.getByRole('button', { name: 'Channel points: legend and groups' });
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const groups = screen.getByRole('list', { name: 'Channel points groups' });
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(groups.closest('[hidden]')).not.toBeNull();
    // hiding the groups leaves the layer on
    expect(screen.getByTestId('layer-toggle-points')).toHaveProperty('checked', true);
    fireEvent.click(more);
    expect(groups.closest('[hidden]')).toBeNull();
  });

  it('offers every point as a list that selects', () => {
    render(<LayerPanel />);
    fireEvent.click(screen.getByRole('button', { name: /LI20 Yíngxiāng/ }));
    expect(useAtlasStore.getState().selection).toEqual({ code: 'LI20', side: 'L' });
  });
});

describe('about the data', () => {
  it('explains 361 and 365, the evidence labels, and that it is not medical advice', () => {
    act(() => useAtlasStore.getState().setAboutOpen(true));
    render(<AboutDialog />);
    const text = screen.getByRole('dialog').textContent ?? '';
    expect(text).toMatch(/361/);
    expect(text).toMatch(/365/);
    expect(text).toMatch(/not medical advice/);
    expect(text).toMatch(/practitioner-claim/);
  });
});

describe('the dialog', () => {
  it('is a native <dialog>, open, that closes on its cancel event (Escape)', () => {
    act(() => useAtlasStore.getState().setAboutOpen(true));
    render(<AboutDialog />);
    const dialog = screen.getByRole('dialog', { name: 'About the data' });
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.hasAttribute('open')).toBe(true);
    const cancel = new Event('cancel', { cancelable: true });
    act(() => {
      dialog.dispatchEvent(cancel);
    });
    expect(cancel.defaultPrevented).toBe(true);
    expect(useAtlasStore.getState().aboutOpen).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
