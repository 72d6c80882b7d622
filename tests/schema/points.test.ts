import { describe, expect, it } from 'vitest';
import { atlasData } from '../../src/data';
import { POINT_GROUPS, WHO_COUNTS, loadChannels, loadPointFile } from './pointRefs';

/**
 * The validated `atlasData` the app uses holds exactly the records of data/points (channel order, then the extra
 * points) and of data/channels.json, so every check of tests/schema/pointRecords.test.ts holds for it as well.
 */
describe('atlasData', () => {
  it('holds the records of the point files, in channel order then the extra points', () => {
    const fromFiles = POINT_GROUPS.flatMap((g) => loadPointFile(g)?.points ?? []);
    expect(fromFiles).toHaveLength(409);
    expect(atlasData.points).toEqual(fromFiles);
  });

  it('holds the channel records, with the WHO point count on each', () => {
    expect(atlasData.channels).toEqual(loadChannels());
    for (const [ch, n] of Object.entries(WHO_COUNTS)) {
      expect(
        atlasData.points.filter((p) => p.channel === ch),
        ch,
      ).toHaveLength(n);
    }
  });
});
