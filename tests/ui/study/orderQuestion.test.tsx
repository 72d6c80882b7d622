// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quizItems } from '../../../src/core/study/decks';
import { atlasData } from '../../../src/data';
import { studyCardId } from '../../../src/schema/records/studyCard';
import { openRecordStore } from '../../../src/storage';
import type { RecordStore } from '../../../src/storage/types';
import { setDeviceRecordsOpener } from '../../../src/state/deviceRecords';
import { useStudyStore } from '../../../src/state/study/studyStore';
import { OrderQuestion } from '../../../src/ui/study/OrderQuestion';

let store: RecordStore;
const run = ['ST36', 'ST37', 'ST38', 'ST39', 'ST40'];

beforeEach(async () => {
  store = await openRecordStore({ name: `study-${Math.random()}` });
  setDeviceRecordsOpener(async () => store);
  useStudyStore.setState({
    items: quizItems(atlasData.points),
    decks: [{ id: 'region:test', kind: 'region', title: 'test', codes: run }],
    cards: {},
    round: {
      quiz: 'order',
      deckId: 'region:test',
      codes: ['ST36'],
      index: 0,
      results: [],
      choices: [],
      arrangement: ['ST37', 'ST36', 'ST38', 'ST40', 'ST39'],
      hiddenLayers: [],
    },
  });
});
afterEach(() => {
  cleanup();
  store.close();
});

const order = () =>
  screen.getAllByRole('button', { name: /^\d\. ST\d+/ }).map((b) => b.querySelector('strong')!.textContent);

describe('the order question', () => {
  it('is put in order from the keyboard (Alt+arrows move the focused point) and kept as a card', async () => {
    render(<OrderQuestion />);
    const first = screen.getByRole('button', { name: /^1\. ST37/ });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: 'ArrowDown', altKey: true });
    expect(order()).toEqual(['ST36', 'ST37', 'ST38', 'ST40', 'ST39']);
    await waitFor(() => expect(document.activeElement?.textContent).toContain('ST37'));
    // an arrow without Alt moves nothing (it is the page's own scrolling)
    fireEvent.keyDown(screen.getByRole('button', { name: /^4\. ST40/ }), { key: 'ArrowDown' });
    expect(order()[3]).toBe('ST40');
    fireEvent.keyDown(screen.getByRole('button', { name: /^4\. ST40/ }), { key: 'ArrowDown', altKey: true });
    expect(order()).toEqual(run);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Check the order' })));
    expect(screen.getByTestId('study-order-result').textContent).toMatch(/^Right/);
    await waitFor(async () =>
      expect((await store.get('studyCard', studyCardId('order', 'ST36')))?.history).toHaveLength(1),
    );
    const card = await store.get('studyCard', studyCardId('order', 'ST36'));
    expect(card?.history[0].grade).toBe(3);
  });

  it('says the right order when the answer is wrong', async () => {
    render(<OrderQuestion />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Check the order' })));
    expect(screen.getByTestId('study-order-result').textContent).toBe(
      'Not quite: the order is ST36, ST37, ST38, ST39, ST40.',
    );
  });
});
