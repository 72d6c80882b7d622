// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import sourcesJson from '../../data/sources.json';
import type { ResolvedNerveSite } from '../../src/core/nerveSites';
import { nptData } from '../../src/data/npt';
import { SourcesFileSchema } from '../../src/schema/source';
import { acupunctureLayers, layerInfoOf } from '../../src/state/acupunctureLayers';
import type { ResolvedAtlas } from '../../src/state/atlasTypes';
import { nptLayers } from '../../src/state/nptLayer';
import { initialNptState, useNptStore } from '../../src/state/nptStore';
import { initialAtlasState, useAtlasStore } from '../../src/state/store';
import { NerveSitePanel } from '../../src/ui/NerveSitePanel';
import { NptConditionsPanel } from '../../src/ui/NptConditionsPanel';
import { NptTechniquePanel } from '../../src/ui/NptTechniquePanel';
import { PointPanel } from '../../src/ui/PointPanel';
import { SourceDialog } from '../../src/ui/SourceDialog';
import { tinyData, tinySite } from './fixtures';

const derivation = { start: 'ST2', steps: [{ text: 'Start at ST2.', path: [] }], segments: [] };
const acupoint = (code: string, side: 'L' | 'R', x: number) =>
  tinySite(code, side, [x, 1.5, 0.1], derivation);
const nerveSite = (code: string, side: 'L' | 'R', x: number): ResolvedNerveSite => {
  const r = nptData.sites.find((s) => s.code === code)!;
  return {
    ...acupoint(code, side, x),
    layer: 'npt',
    sources: r.sources.map((s) => s.id),
    name: r.name,
    nerve: r.nerve,
    region: r.region,
    status: r.status,
    evidence: r.evidence,
    depth: r.depth,
    course: [
      [x, 1.5, 0.1],
      [x, 1.48, 0.1],
    ],
  };
};
// LI20 lies 6 mm from the infraorbital site on this made-up body: near, but not the same thing
const resolved: ResolvedAtlas = {
  sites: [
    acupoint('LI20', 'R', -0.034),
    acupoint('LI4', 'R', -0.3),
    nerveSite('NPT-ION', 'R', -0.04),
    nerveSite('NPT-MCN', 'L', 0.1),
  ],
  lines: [],
  errors: [],
};
const sources = [...tinyData.sources, ...SourcesFileSchema.parse(sourcesJson).sources];

beforeEach(() => {
  useAtlasStore.setState({
    ...initialAtlasState(),
    data: { ...tinyData, sources },
    resolved,
    layers: [...acupunctureLayers(layerInfoOf(tinyData), resolved), ...nptLayers(resolved)],
    atlasStatus: 'ready',
  });
  useNptStore.setState({ ...initialNptState(), data: nptData });
});
afterEach(cleanup);

describe('the nerve site panel', () => {
  it('shows nerve, region, side, depth, evidence status and label, and sources with locators', () => {
    useAtlasStore.setState({ selection: { code: 'NPT-ION', side: 'R' } });
    render(<NerveSitePanel />);
    const panel = screen.getByTestId('npt-site-panel');
    expect(panel.textContent).toContain('Infraorbital');
    expect(panel.textContent).toContain('Branch of');
    expect(panel.textContent).toContain('Face');
    expect(panel.textContent).toContain("subject's right");
    expect(screen.getByTestId('npt-status').textContent).toMatch(/nerve-block literature only/i);
    expect(within(panel).getAllByTestId('npt-evidence')[0].textContent).toMatch(
      /^Anatomical fact \(anatomy\)/,
    );
    const refs = within(screen.getByRole('region', { name: 'Sources' })).getAllByRole('listitem');
    expect(refs).toHaveLength(nptData.sites.find((s) => s.code === 'NPT-ION')!.sources.length);
    expect(refs[0].textContent).toContain('—');
  });

  it('lists nearby acupoints as anatomical proximity with the distance, and selects one', () => {
    useAtlasStore.setState({ selection: { code: 'NPT-ION', side: 'R' } });
    render(<NerveSitePanel />);
    const near = screen.getByTestId('npt-nearby-points');
    expect(near.textContent).toContain(
      'LI20 lies 6 mm away on this body (anatomical proximity, not the same thing)',
    );
    expect(near.textContent).not.toMatch(/\b(equals|corresponds to|is the same)\b/);
    expect(near.textContent).not.toContain('LI4');
    fireEvent.click(within(near).getByRole('button', { name: /LI20/ }));
    expect(useAtlasStore.getState().selection).toEqual({ code: 'LI20', side: 'R' });
  });

  it('opens a source record like a point panel does', () => {
    useAtlasStore.setState({ selection: { code: 'NPT-MCN', side: 'L' } });
    render(
      <>
        <NerveSitePanel />
        <SourceDialog />
      </>,
    );
    const first = within(screen.getByRole('region', { name: 'Sources' })).getAllByRole('button')[0];
    fireEvent.click(first);
    expect(screen.getByTestId('source-record')).toBeTruthy();
    expect(screen.getByTestId('npt-status').textContent).toMatch(/anatomy only/i);
    expect(screen.getAllByTestId('npt-evidence')[0].textContent).toContain(
      'no claim that injecting here helps',
    );
  });
});

describe("an acupoint's panel", () => {
  it('lists the nerve sites near it, worded as proximity, and selects one', () => {
    useAtlasStore.setState({ selection: { code: 'LI20', side: 'R' } });
    render(<PointPanel />);
    const near = screen.getByTestId('point-nerve-sites');
    expect(near.textContent).toContain('NPT-ION lies 6 mm away on this body (anatomical proximity');
    fireEvent.click(within(near).getByRole('button', { name: /Infraorbital/ }));
    expect(useAtlasStore.getState().selection).toEqual({ code: 'NPT-ION', side: 'R' });
    expect(useAtlasStore.getState().layerOn.npt).toBe(true);
  });
});

describe('the conditions index', () => {
  it('lists the sites of a condition, each labelled with its evidence, and flies to one', () => {
    useAtlasStore.setState({ layerOn: { npt: true } });
    useNptStore.setState({ indexOpen: true, condition: 'plantar-fasciitis' });
    render(<NptConditionsPanel />);
    const entry = screen.getByTestId('npt-condition-plantar-fasciitis');
    const items = within(entry).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    for (const li of items) expect(li.textContent).toContain("Clinic's claim (practitioner-claim)");
    expect(items[0].textContent).toContain('Sources:');
    fireEvent.click(within(items[0]).getAllByRole('button')[0]);
    const s = useAtlasStore.getState();
    expect(s.selection?.code).toMatch(/^NPT-/);
    expect(s.camera.focusSite).toBe(`${s.selection!.code}.L`);
  });

  it('names a published link by its study', () => {
    useAtlasStore.setState({ layerOn: { npt: true } });
    useNptStore.setState({ indexOpen: true, condition: 'osteoarthritis' });
    render(<NptConditionsPanel />);
    expect(screen.getByTestId('npt-condition-osteoarthritis').textContent).toContain(
      'Published: clinical trial (trial)',
    );
  });
});

describe('the technique panel', () => {
  it('shows each fact with its evidence label and sources, and flags the claims', () => {
    useAtlasStore.setState({ layerOn: { npt: true } });
    useNptStore.setState({ techniqueOpen: true });
    render(<NptTechniquePanel />);
    const algometer = screen.getByTestId('npt-fact-algometer');
    expect(algometer.textContent).toContain('kg/cm²');
    expect(algometer.textContent).toContain("Clinic's claim (practitioner-claim)");
    expect(algometer.textContent).toContain('Sources:');
    expect(screen.getByTestId('npt-fact-hiltons-law').textContent).toContain('Anatomical fact (anatomy)');
    expect(screen.getByTestId('npt-fact-trpv1').textContent).toContain('Unproven claim');
    expect(screen.getByTestId('npt-fact-injectate').textContent).not.toContain('Unproven claim');
  });
});

describe('the NPT layer', () => {
  it('groups its markers by evidence status, with a shape and colour each, and counts sites', () => {
    const [layer] = nptLayers(resolved);
    expect(layer.id).toBe('npt');
    expect(layer.count).toBe(2);
    expect(layer.groups.map((g) => g.label[0])).toEqual(['◆', '■', '▲']);
    expect(layer.defaultOn).toBe(false);
  });
});
