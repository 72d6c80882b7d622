import { EXPERT_SPREAD_LAYER, NPT_LAYER } from '../../core/layerIds';
import { askableCodes, type Deck } from '../../core/study/decks';
import { KEY_POINT_LAYER } from '../../core/study/neuroStudyItems';
import { nameQuestionChoices } from '../../core/study/keyPointChoices';
import { seededRandom, shuffled } from '../../core/study/nameChoices';
import { orderRuns } from '../../core/study/orderQuiz';
import { nextCodes } from '../../core/study/schedule';
import { isLayerOn } from '../selectors';
import { useAtlasStore } from '../store';
import { labelledSkin, poseLevel } from './levelRound';
import { questionPose, questionSite, studySites } from './questionSite';
import { studyNow } from './studyClock';
import { atlasDecks, recordDecks } from './studyDecks';
import { readCards } from './studyRecords';
import { deviceRecords } from '../deviceRecords';
import { useStudyStore, type Round } from './studyStore';

/** Questions in a round. */
export const ROUND_LENGTH = 5;
/** The layers a round hides so that no marker, label or coloured patch gives the answer away. */
const ANSWER_LAYERS = [
  'points',
  'channels',
  'extra',
  'dermatome-key',
  NPT_LAYER,
  'dermatomes',
  // the areas sit round the true sites of the points they measure
  EXPERT_SPREAD_LAYER,
];

const set = useStudyStore.setState;
const get = useStudyStore.getState;
const atlas = () => useAtlasStore.getState();
const problem = (e: unknown) => (e instanceof Error ? e.message : String(e));

let loads = 0;
/** The decks of the user's own plans and tours on the device (read with the cards). */
let ownDecks: Deck[] = [];

/** Reads the cards from the device; when reads overlap (a change heard from another tab), the last one wins. */
export async function loadCards(): Promise<void> {
  const mine = ++loads;
  if (get().status !== 'ready') set({ status: 'loading' });
  try {
    const { cards, problem: lost } = await readCards();
    const own = await recordDecks(get().items);
    if (mine !== loads) return;
    ownDecks = own;
    set({ cards, status: 'ready', message: lost ?? null });
    if (!get().round) set({ decks: decksOf() });
  } catch (e) {
    if (mine === loads) set({ status: 'error', message: `Study progress cannot be read: ${problem(e)}` });
  }
}

/** The decks of the loaded data (see atlasDecks), with the user's own; the items they are made of go to the store. */
function decksOf(): Deck[] {
  const built = atlasDecks(ownDecks);
  if (!built) return [];
  set({ items: built.items });
  return built.decks;
}

let watching: (() => void) | null = null;

/** Opens the study panel; the first time, reads the cards and follows changes from other tabs. */
export async function openStudy(open = true): Promise<void> {
  set({ panelOpen: open });
  if (!open) return endRound();
  if (get().decks.length === 0) set({ decks: decksOf() });
  if (watching) return;
  await loadCards();
  try {
    watching = (await deviceRecords()).subscribe(() => void loadCards());
  } catch {
    // loadCards has said it already
  }
}

/** The decks again once the atlas data or a body's sites have loaded (the panel may open before them). */
export function refreshDecks(): void {
  if (!get().round) set({ decks: decksOf() });
}

/** The cards a round asks of the chosen deck and quiz: due ones first, then new ones. */
function roundCodes(deck: Deck): string[] {
  const { quiz, cards, items } = get();
  const map = new Map(Object.entries(cards));
  if (quiz === 'order') {
    const starts = orderRuns(deck.codes, items).map((r) => r.start);
    return nextCodes(starts, 'order', map, studyNow(), ROUND_LENGTH);
  }
  return nextCodes(askableCodes(quiz, deck.codes, items), quiz, map, studyNow(), ROUND_LENGTH);
}

/** Sets up the current question: the camera, the name choices, the order shuffle. */
function pose(round: Round): Round {
  const code = round.codes[round.index];
  const { items } = get();
  const asked = code ? questionSite(code) : undefined;
  const site = asked?.site;
  const view = round.quiz === 'locate' && code ? questionPose(code) : undefined;
  if (view) useAtlasStore.setState((s) => ({ camera: { pose: view, serial: s.camera.serial + 1 } }));
  if (round.quiz === 'name') focusSite(site?.id);
  const random = seededRandom(Date.now() + round.index);
  const item = items.find((i) => i.code === code);
  if (round.quiz === 'level')
    return {
      ...round,
      choices: code ? poseLevel(code, round.levelBy ?? 'name', random) : [],
      arrangement: [],
    };
  const choices = round.quiz === 'name' && item ? nameQuestionChoices(item, items, 4, random) : [];
  const run =
    round.quiz === 'order'
      ? orderRuns(get().decks.find((d) => d.id === round.deckId)?.codes ?? [], items)
      : [];
  const codes = run.find((r) => r.start === code)?.codes ?? [];
  let arrangement = shuffled(codes, random);
  // a shuffle that happens to be the answer asks nothing: turn it round
  if (arrangement.length > 1 && arrangement.every((c, i) => c === codes[i]))
    arrangement = [...codes].reverse();
  return { ...round, choices, arrangement };
}

const focusSite = (siteId: string | undefined) => {
  if (siteId) useAtlasStore.setState((s) => ({ camera: { serial: s.camera.serial + 1, focusSite: siteId } }));
};

/** Starts a round of the chosen deck and quiz, hiding the layers that would show the answers. */
export function startRound(): void {
  const { decks, deckId, quiz, levelBy } = get();
  const deck = decks.find((d) => d.id === deckId);
  if (!deck) return;
  // the round's cards in a fresh order: new cards would otherwise come in the deck's order (C2, C3, C4 …)
  const codes = shuffled(roundCodes(deck), seededRandom(Date.now()));
  if (codes.length === 0) {
    set({ message: 'This deck has no questions of that kind: choose another deck or quiz.' });
    return;
  }
  // the key points' sites come with the dermatome layers, a little after the body: a question needs its site
  const keyPoints = get().items.filter((i) => i.layer === KEY_POINT_LAYER && codes.includes(i.code));
  if (keyPoints.some((i) => studySites(i.code).length === 0)) {
    set({ message: 'The key points of this body are still being worked out: start the round in a moment.' });
    return;
  }
  if (quiz === 'level' && !labelledSkin()) {
    set({
      message: 'The dermatome map of this body is still being worked out: start the round in a moment.',
    });
    return;
  }
  const a = atlas();
  const hiddenLayers = a.layers
    .filter((l) => ANSWER_LAYERS.includes(l.id) && isLayerOn(a, l))
    .map((l) => l.id);
  for (const id of ANSWER_LAYERS) a.setLayerOn(id, false);
  a.select(null);
  const round: Round = {
    quiz,
    deckId,
    codes,
    index: 0,
    results: [],
    choices: [],
    arrangement: [],
    hiddenLayers,
    ...(quiz === 'level' ? { levelBy } : {}),
  };
  set({ round: pose(round), message: null });
}

/** Goes on to the next question; after the last, the round shows its summary. */
export function nextQuestion(): void {
  const { round } = get();
  if (!round) return;
  set({ round: pose({ ...round, index: round.index + 1 }) });
}

/** Ends the round and shows the point layers again as they were. */
export function endRound(): void {
  const { round } = get();
  if (round) for (const id of round.hiddenLayers) atlas().setLayerOn(id, true);
  set({ round: null });
}
