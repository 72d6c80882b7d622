import { describe, expect, it } from 'vitest';
import { cunUnitName, rulerLegend } from '../../src/core/cunRuler';

describe('the cun ruler legend', () => {
  it('says B-cun for proportional segments only', () => {
    expect(rulerLegend(['forearm', 'forearm'])).toContain('a tick per B-cun;');
  });
  it('says F-cun (finger-cun) when every step is in finger-cun', () => {
    const text = rulerLegend(['F', 'F']);
    expect(text).toContain('F-cun (finger-cun)');
    expect(text).not.toContain('B-cun');
  });
  it('names both when a point uses both', () => {
    const text = rulerLegend(['F', 'leg_lateral']);
    expect(text).toContain('B-cun');
    expect(text).toContain('F-cun');
  });
  it('names the unit of a segment', () => {
    expect(cunUnitName('F')).toBe('F-cun');
    expect(cunUnitName('head_long')).toBe('B-cun');
  });
});
