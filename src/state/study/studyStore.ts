import { create } from 'zustand';
import type { Deck, StudyItem } from '../../core/study/decks';
import { DEFAULT_TOLERANCE_BCUN } from '../../core/study/constants';
import type { LocateAnswer } from '../../core/study/locateScore';
import type { QuizItem } from '../../core/study/nameChoices';
import type { QuizKind } from '../../schema/records/studyCard';
import type { StoredCard } from './studyRecords';

/** How the atlas names the item a locate question asks for. */
export type PromptBy = 'code' | 'pinyin' | 'english';

/** How a level question asks: name the highlighted patch (keyboard) or click the named level's patch (pointer). */
export type LevelBy = 'name' | 'click';

/** One answered question of a round. */
export interface RoundResult {
  code: string;
  right: boolean;
  /** Locate: where the student clicked and how far it was. */
  click?: readonly [number, number, number];
  answer?: LocateAnswer;
  /** Name: the code chosen; level: the level named or clicked. Order: the codes in the order given. */
  chosen?: string;
  order?: string[];
  /** Order: the run's codes in their order along the channel. */
  expected?: string[];
}

/** A round in progress: its questions, the current one, its answers; `choices` for the current name question. */
export interface Round {
  quiz: QuizKind;
  deckId: string;
  codes: string[];
  index: number;
  results: RoundResult[];
  choices: QuizItem[];
  /** Order: the points of the current channel as the student has arranged them so far. */
  arrangement: string[];
  /** The answer layers that were on before the round hid them (the answer must not show). */
  hiddenLayers: string[];
  /** Level rounds: how their questions ask (fixed when the round starts). */
  levelBy?: LevelBy;
}

export interface StudyState {
  panelOpen: boolean;
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** A plain-words problem of the storage (locked, unavailable, a card that could not be read or saved). */
  message: string | null;
  items: StudyItem[];
  decks: Deck[];
  deckId: string;
  quiz: QuizKind;
  promptBy: PromptBy;
  levelBy: LevelBy;
  tolerance: number;
  round: Round | null;
  /** The cards on the device, by card id (`study-locate-ST36`). */
  cards: Record<string, StoredCard>;
}

export const useStudyStore = create<StudyState>()(() => ({
  panelOpen: false,
  status: 'idle',
  message: null,
  items: [],
  decks: [],
  deckId: 'region:knee-leg',
  quiz: 'locate',
  promptBy: 'code',
  levelBy: 'name',
  tolerance: DEFAULT_TOLERANCE_BCUN,
  round: null,
  cards: {},
}));

/** The question being asked (or just answered) of a round. */
export const currentCode = (r: Round | null): string | undefined => r?.codes[r.index];

/** Whether the current question has been answered (the round shows its feedback). */
export const answered = (r: Round | null): boolean => !!r && r.results.length > r.index;
