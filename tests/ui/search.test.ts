import { describe, expect, it } from 'vitest';
import { canonicalCode, createSearchIndex, foldText } from '../../src/core/search';
import { pointSearchDocs } from '../../src/state/searchDocs';
import { tinyData } from './fixtures';

const index = createSearchIndex(pointSearchDocs(tinyData));
const top = (q: string) => index.search(q)[0]?.doc.ref;

describe('search', () => {
  it('reads point codes in any common form', () => {
    expect(['LI4', 'li-4', 'LI 4', 'li04'].map(canonicalCode)).toEqual(['LI4', 'LI4', 'LI4', 'LI4']);
    expect(canonicalCode('ex hn 3')).toBe('EX-HN3');
    expect(canonicalCode('hegu')).toBeNull();
  });

  it('folds tones and case', () => expect(foldText('Hégǔ')).toBe('hegu'));

  it.each(['LI4', 'li-4', 'LI 4', 'hegu', 'Hégǔ', '合谷', 'union valley', 'hgu', 'hegou'])(
    'finds LI4 from “%s”',
    (q) => expect(top(q)).toBe('LI4'),
  );

  it('finds the points of a channel by its name', () => {
    expect(
      index
        .search('large intestine')
        .map((h) => h.doc.ref)
        .sort(),
    ).toEqual(['LI20', 'LI4']);
  });

  it('returns nothing for an empty query', () => expect(index.search('  ')).toEqual([]));
});
