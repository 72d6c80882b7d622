import { describe, expect, it } from 'vitest';
import { record, redo, startHistory, undo } from '../../../src/core/tours/history';
import {
  deleteScene,
  duplicateScene,
  moveScene,
  sceneAfterKey,
  updateScene,
} from '../../../src/core/tours/tourEdits';
import { TourFieldsSchema, type TourFields } from '../../../src/schema/records/tour';

const tour = (...ids: string[]): TourFields =>
  TourFieldsSchema.parse({
    kind: 'tour',
    schemaVersion: 1,
    title: 'T',
    scenes: ids.map((id) => ({
      id,
      body: 'female',
      layers: ['points'],
      callouts: [{ id: `c${id}`, site: 'ST36.L', text: 'x' }],
    })),
  });
const ids = (t: TourFields) => t.scenes.map((s) => s.id);

describe('tour edits', () => {
  it('moves a scene to another place and keeps the others in order', () => {
    expect(ids(moveScene(tour('a', 'b', 'c', 'd'), 0, 2))).toEqual(['b', 'c', 'a', 'd']);
    expect(ids(moveScene(tour('a', 'b', 'c'), 2, 0))).toEqual(['c', 'a', 'b']);
    expect(ids(moveScene(tour('a', 'b'), 1, 9))).toEqual(['a', 'b']);
  });

  it('duplicates a scene right after itself with new ids for it and its callouts', () => {
    const t = duplicateScene(tour('a', 'b'), 0);
    expect(t.scenes).toHaveLength(3);
    expect(t.scenes[1].id).not.toBe('a');
    expect(t.scenes[1].callouts[0].id).not.toBe('ca');
    expect(t.scenes[1].callouts[0].text).toBe('x');
    expect(t.scenes[2].id).toBe('b');
  });

  it('deletes a scene but never the last one', () => {
    expect(ids(deleteScene(tour('a', 'b'), 0))).toEqual(['b']);
    expect(ids(deleteScene(tour('a'), 0))).toEqual(['a']);
  });

  it('updates one scene only', () => {
    const t = updateScene(tour('a', 'b'), 1, { caption: 'hello' });
    expect(t.scenes.map((s) => s.caption)).toEqual(['', 'hello']);
  });
});

describe('undo and redo', () => {
  it('walks back and forth through edits, and a new edit drops what was undone', () => {
    let h = startHistory(tour('a'));
    h = record(h, updateScene(h.present, 0, { caption: '1' }));
    h = record(h, updateScene(h.present, 0, { caption: '2' }));
    h = undo(h);
    expect(h.present.scenes[0].caption).toBe('1');
    h = undo(h);
    expect(h.present.scenes[0].caption).toBe('');
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present.scenes[0].caption).toBe('1');
    h = record(h, updateScene(h.present, 0, { caption: '3' }));
    expect(redo(h)).toBe(h);
    expect(h.present.scenes[0].caption).toBe('3');
  });
});

describe('presenter keys', () => {
  it('steps with the keys clickers send and stops at both ends', () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(sceneAfterKey(k, 1, 4)).toBe(2);
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(sceneAfterKey(k, 1, 4)).toBe(0);
    expect(sceneAfterKey('PageDown', 3, 4)).toBe(3);
    expect(sceneAfterKey('PageUp', 0, 4)).toBe(0);
    expect(sceneAfterKey('Home', 2, 4)).toBe(0);
    expect(sceneAfterKey('End', 0, 4)).toBe(3);
    expect(sceneAfterKey('b', 0, 4)).toBeNull();
  });
});
