import type { AtlasStep } from '../core/atlas';
import {
  USER_ATLAS_STAGES,
  USER_ATLAS_TOTAL,
  type UserAtlasProgress,
  type UserAtlasStage,
} from './userAtlasTypes';

const stages = Object.keys(USER_ATLAS_STAGES) as UserAtlasStage[];
const startOf = (stage: UserAtlasStage) =>
  stages.slice(0, stages.indexOf(stage)).reduce((n, s) => n + USER_ATLAS_STAGES[s].weight, 0);

/**
 * Lays the stages end to end on one bar of USER_ATLAS_TOTAL: `at(stage, fraction, what)` reports how far the run is
 * when the whole number or the text changes (a few hundred messages at most, whatever the body's size) and never
 * goes back.
 */
export function stageProgress(report: (p: UserAtlasProgress) => void) {
  let last: UserAtlasProgress | null = null;
  return (stage: UserAtlasStage, fraction: number, what: string = USER_ATLAS_STAGES[stage].what) => {
    const within = Math.min(1, Math.max(0, fraction)) * USER_ATLAS_STAGES[stage].weight;
    const done = Math.max(last?.done ?? 0, Math.floor(startOf(stage) + within));
    if (last && last.done === done && last.what === what) return;
    last = { done, total: USER_ATLAS_TOTAL, what };
    report(last);
  };
}

/** What a step of the points stage works on, in words: "Lung channel", "Lung channel line", "extra points". */
export function stepWhat(step: AtlasStep, channelNames: Record<string, string>): string {
  if (!step.channel) return step.lines ? 'channel lines' : 'extra points';
  return `${channelNames[step.channel] ?? step.channel} channel${step.lines ? ' line' : ''}`;
}
