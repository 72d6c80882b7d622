// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { neuroData } from '../../src/data/neuro';
import { useAtlasStore } from '../../src/state/store';
import { NeuroPanel } from '../../src/ui/NeuroPanel';

afterEach(cleanup);

describe('the panel of an ear point', () => {
  const point = neuroData.auricular.points[0];

  it('says on a brought body that the point was carried over, not found on its ear', () => {
    useAtlasStore.setState({ bodyId: 'user-0a1b2c3d', selection: { code: point.code, side: 'L' } });
    render(<NeuroPanel />);
    expect(screen.getByTestId('carried-flag').textContent).toMatch(/carried over from a shipped body/);
  });

  it('says nothing of the kind on a shipped body, whose ears carry their own map', () => {
    useAtlasStore.setState({ bodyId: 'female', selection: { code: point.code, side: 'L' } });
    render(<NeuroPanel />);
    expect(screen.getByTestId('zone-panel').textContent).toContain(point.name);
    expect(screen.queryByTestId('carried-flag')).toBeNull();
  });
});
