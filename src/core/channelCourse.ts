/**
 * The surface course of a channel as runs of point codes drawn as continuous lines. By default one run through all
 * its points in order; where the classical course branches or the numbering jumps (the stomach channel's branch from
 * ST5 down the neck, the bladder channel's outer line on the back), the runs are listed here. ST40 lies one finger
 * lateral to ST38, level with it, and above ST39: the leg's line runs ST38 → ST39 → ST41 and ST40 hangs off ST38 as a
 * short spur, instead of the line turning back up the leg from ST39 to ST40 and down again.
 */
export function channelRuns(channel: string, codes: string[]): string[][] {
  const range = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => `${channel}${from + i}`);
  const present = (run: string[]) => run.filter((c) => codes.includes(c));
  if (channel === 'ST')
    return [range(1, 8), ['ST5', ...range(9, 39), ...range(41, 45)], ['ST38', 'ST40']].map(present);
  if (channel === 'BL')
    return [
      [...range(1, 40), ...range(55, 67)],
      [...range(41, 54), 'BL40'],
    ].map(present);
  return [codes];
}
