// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ResolvedAtlas } from '../../src/state/atlasTypes';
import { expertSpreadLayers } from '../../src/state/expertSpreadLayer';
import { useAtlasStore } from '../../src/state/store';
import { PointPanel } from '../../src/ui/PointPanel';
import { PractitionerSpread } from '../../src/ui/PractitionerSpread';
import { SourceDialog } from '../../src/ui/SourceDialog';
import { tinyAtlasState, tinyData, tinySite } from './fixtures';

const site = (code: string, side: 'L' | 'R') =>
  tinySite(code, side, [side === 'L' ? 0.1 : -0.1, 0.5, 0.05], {
    start: 'patella_apex',
    steps: [],
    segments: [],
  });
const resolved: ResolvedAtlas = {
  sites: [site('LI4', 'L'), site('LI4', 'R'), site('ST36', 'L'), site('ST36', 'R')],
  lines: [],
  errors: [],
};
const study = {
  id: 'molsberger-2012',
  title: 'Acupuncture points are large fields',
  kind: 'case-series' as const,
  authors: ['Molsberger AF', 'et al.'],
  year: 2012,
  journal: 'European Journal of Pain 16:1264-1270',
  summary: 'Seventy-one doctors marked 23 points on one volunteer.',
};

beforeEach(() => {
  const state = tinyAtlasState(resolved);
  useAtlasStore.setState({ ...state, data: { ...tinyData, sources: [...tinyData.sources, study] } });
});
afterEach(cleanup);

describe('the spread among practitioners in the point panel', () => {
  it('says plainly that no study measured a point without a figure, and shows no area', () => {
    useAtlasStore.setState({ selection: { code: 'LI4', side: 'L' } });
    render(<PointPanel />);
    const part = screen.getByRole('region', { name: 'Spread among practitioners' });
    expect(part.textContent).toMatch(/No study has measured how far practitioners disagree/);
    expect(part.textContent).not.toMatch(/cm²/);
    expect(within(part).queryByRole('button')).toBeNull();
  });

  it('gives ST36 its 95 % area in cm², the shape drawn, and the study with its locator', () => {
    render(<PractitionerSpread code="ST36" />);
    const part = screen.getByRole('region', { name: 'Spread among practitioners' });
    expect(part.textContent).toMatch(/95 %.*20\.7 cm²/);
    expect(part.textContent).toMatch(/68 % within 5\.1 cm²/);
    expect(part.textContent).toMatch(/circle of equal area, 2\.6 cm in radius/);
    expect(part.textContent).toMatch(/Abstract, Results/);
    expect(part.textContent).not.toMatch(/No study/);
    const cite = within(part).getByRole('button', {
      name: /Molsberger et al\. 2012, European Journal of Pain/,
    });
    render(<SourceDialog />);
    fireEvent.click(cite);
    const record = screen.getByTestId('source-record');
    expect(record.textContent).toContain('Molsberger AF');
    expect(record.textContent).toContain('Abstract, Results');
  });

  it('tells a point the study measured without a figure in the atlas apart from one never measured', () => {
    render(<PractitionerSpread code="BL40" />);
    const part = screen.getByRole('region', { name: 'Spread among practitioners' });
    expect(part.textContent).toMatch(/A study measured .* BL40, but its figure is not in the atlas/);
    expect(part.textContent).not.toMatch(/No study/);
  });
});

describe('the expert spread layer', () => {
  it('has a marker on each side of each measured point and none for other points, off by default', () => {
    const info = {
      channels: tinyData.channels,
      names: { ST36: { pinyin: 'Zúsānlǐ' }, LI4: { pinyin: 'Hégǔ' } },
    };
    const [layer] = expertSpreadLayers(info, resolved);
    expect(layer.title).toBe('Expert spread');
    expect(layer.defaultOn).toBe(false);
    expect(layer.count).toBe(1);
    const points = layer.primitive.kind === 'points' ? layer.primitive.points : [];
    expect(points.map((p) => p.id).sort()).toEqual(['ST36.L', 'ST36.R']);
    expect(points[0].name).toBe('Zúsānlǐ · 95 % of practitioners within 20.7 cm²');
  });
});
