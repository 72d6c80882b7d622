// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { levelChoices } from '../../../src/core/study/levelQuiz';
import { seededRandom } from '../../../src/core/study/nameChoices';
import { levelStudyItems } from '../../../src/core/study/neuroStudyItems';
import { studyCardId } from '../../../src/schema/records/studyCard';
import { openRecordStore } from '../../../src/storage';
import type { RecordStore } from '../../../src/storage/types';
import { answerLevel } from '../../../src/state/study/studyAnswers';
import { setDeviceRecordsOpener } from '../../../src/state/deviceRecords';
import { useStudyStore, type LevelBy } from '../../../src/state/study/studyStore';
import { LevelQuestion } from '../../../src/ui/study/LevelQuestion';

let store: RecordStore;

function ask(levelBy: LevelBy) {
  useStudyStore.setState({
    items: levelStudyItems(),
    decks: [{ id: 'layer:dermatomes', kind: 'layer', title: 'dermatomes', codes: ['C6', 'T4'] }],
    cards: {},
    round: {
      quiz: 'level',
      deckId: 'layer:dermatomes',
      codes: ['C6', 'T4'],
      index: 0,
      results: [],
      choices: levelBy === 'name' ? levelChoices('C6', 4, seededRandom(5)) : [],
      arrangement: [],
      hiddenLayers: [],
      levelBy,
    },
  });
}

const card = () => store.get('studyCard', studyCardId('level', 'C6'));

beforeEach(async () => {
  store = await openRecordStore({ name: `study-level-${Math.random()}` });
  setDeviceRecordsOpener(async () => store);
});
afterEach(() => {
  cleanup();
  store.close();
});

describe('the level question, a patch marked', () => {
  it('offers four neighbouring levels by number key and keeps the answer as the level card', async () => {
    ask('name');
    render(<LevelQuestion />);
    const buttons = screen.getAllByRole('button');
    const codes = buttons.map((b) => b.querySelector('strong')!.textContent);
    expect(codes).toHaveLength(4);
    expect(codes).toContain('C6');
    for (const c of codes) expect(['C4', 'C5', 'C6', 'C7', 'C8']).toContain(c);
    expect(document.activeElement).toBe(buttons[0]);
    // the level is not named before the answer
    expect(screen.queryByText(/Right|Not /)).toBeNull();
    const key = String(codes.indexOf('C6') + 1);
    await act(async () => fireEvent.keyDown(window, { key }));
    expect(screen.getByTestId('study-level-result').textContent).toBe('Right: C6.');
    await waitFor(async () => expect((await card())?.history).toHaveLength(1));
    expect((await card())!.history[0].grade).toBe(3);
    expect(screen.getByRole('button', { name: 'Next question' })).toBe(document.activeElement);
  });

  it('names the marked level after a wrong choice and grades it again', async () => {
    ask('name');
    render(<LevelQuestion />);
    const wrong = screen.getAllByRole('button').find((b) => !b.textContent!.includes('C6'))!;
    const chosen = wrong.querySelector('strong')!.textContent;
    await act(async () => fireEvent.click(wrong));
    expect(screen.getByTestId('study-level-result').textContent).toBe(
      `Not ${chosen}: the marked patch is C6.`,
    );
    await waitFor(async () => expect((await card())?.history[0].grade).toBe(1));
  });
});

describe('the level question, a level named', () => {
  it('names the level, offers no choices, and takes the level of a click', async () => {
    ask('click');
    render(<LevelQuestion />);
    expect(screen.getByTestId('study-prompt').textContent).toBe('C6');
    expect(screen.queryByRole('list', { name: 'Choices' })).toBeNull();
    expect(screen.getByText(/needs a pointer/)).toBeTruthy();
    // a click on unlabelled skin answers nothing
    await act(async () => answerLevel(undefined));
    expect(useStudyStore.getState().round!.results).toHaveLength(0);
    await act(async () => answerLevel('C7'));
    expect(screen.getByTestId('study-level-result').textContent).toBe(
      'That was C7. The C6 dermatome is marked in green, your click in red.',
    );
    await waitFor(async () => expect((await card())?.history).toHaveLength(1));
  });
});
