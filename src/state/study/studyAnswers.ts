import { scoreClick } from '../../core/study/locateScore';
import { inOrder, moveCode, orderRuns } from '../../core/study/orderQuiz';
import { locateGrade, newCard, review } from '../../core/study/schedule';
import type { Vec3 } from '../../core/vec';
import { studyCardId, type QuizKind, type StudyGrade } from '../../schema/records/studyCard';
import { useAtlasStore } from '../store';
import { fallbackSegment, studySites } from './questionSite';
import { studyNow } from './studyClock';
import { saveCard } from './studyRecords';
import { answered, currentCode, useStudyStore, type RoundResult } from './studyStore';

const set = useStudyStore.setState;
const get = useStudyStore.getState;

/** Adds an answer to the card of a question and keeps it on the device; a failed write is said, not hidden. */
async function record(quiz: QuizKind, code: string, grade: StudyGrade, errorBcun?: number): Promise<void> {
  const id = studyCardId(quiz, code);
  const now = studyNow();
  const card = review(get().cards[id] ?? newCard(quiz, code, now), grade, now, errorBcun);
  try {
    const saved = await saveCard(card);
    set((s) => ({ cards: { ...s.cards, [id]: saved } }));
  } catch (e) {
    set({
      message: `This answer could not be kept on the device (${e instanceof Error ? e.message : String(e)}).`,
    });
  }
}

/** Adds the result of the current question to the round (once: a second answer to it is ignored). */
function addResult(result: RoundResult): boolean {
  const { round } = get();
  if (!round || answered(round) || currentCode(round) !== result.code) return false;
  set({ round: { ...round, results: [...round.results, result] } });
  return true;
}

/** Scores a click on the skin for the current locate question (over the skin when `overSkin` is given). */
export async function answerLocate(click: Vec3, overSkin?: (a: Vec3, b: Vec3) => number): Promise<void> {
  const { round, tolerance } = get();
  const code = currentCode(round);
  if (!round || round.quiz !== 'locate' || !code || answered(round)) return;
  const sites = studySites(code);
  const answer = scoreClick(click, sites, fallbackSegment(code), tolerance, overSkin);
  if (!answer) return;
  if (!addResult({ code, right: answer.score.right, click, answer })) return;
  const site = sites.find((s) => s.id === answer.siteId);
  if (site) useAtlasStore.setState((s) => ({ camera: { serial: s.camera.serial + 1, focusSite: site.id } }));
  await record('locate', code, locateGrade(answer.score.bcun, tolerance), answer.score.bcun);
}

/** Answers the current name question with a code. */
export async function answerName(chosen: string): Promise<void> {
  const { round } = get();
  const code = currentCode(round);
  if (!round || round.quiz !== 'name' || !code) return;
  const right = chosen === code;
  if (addResult({ code, right, chosen })) await record('name', code, right ? 3 : 1);
}

/** Moves a point of the current order question up or down the list. */
export function moveInOrder(from: number, to: number): void {
  const { round } = get();
  if (!round || round.quiz !== 'order' || answered(round)) return;
  set({ round: { ...round, arrangement: moveCode(round.arrangement, from, to) } });
}

/** Answers the current order question with the arrangement as it stands. */
export async function answerOrder(): Promise<void> {
  const { round, decks, items } = get();
  const code = currentCode(round);
  if (!round || round.quiz !== 'order' || !code) return;
  const deck = decks.find((d) => d.id === round.deckId);
  const run = orderRuns(deck?.codes ?? [], items).find((r) => r.start === code);
  if (!run) return;
  const right = inOrder(run, round.arrangement);
  if (addResult({ code, right, order: round.arrangement, expected: run.codes }))
    await record('order', code, right ? 3 : 1);
}

/**
 * Answers the current level question with a level: the one named, or the one under the click. A click on skin the
 * map leaves unlabelled (the face) answers nothing.
 */
export async function answerLevel(chosen: string | undefined): Promise<void> {
  const { round } = get();
  const code = currentCode(round);
  if (!round || round.quiz !== 'level' || !code || !chosen) return;
  const right = chosen === code;
  if (addResult({ code, right, chosen })) await record('level', code, right ? 3 : 1);
}
