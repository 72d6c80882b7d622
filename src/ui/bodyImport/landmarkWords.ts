/** A landmark's name as a user reads it: `acromion.L` → “acromion (left)”, `spinous.C7` → “C7 spinous process”. */
export function landmarkTitle(name: string): string {
  const [base, ...rest] = name.split('.');
  const side = rest.includes('L') ? ' (left)' : rest.includes('R') ? ' (right)' : '';
  if (base === 'spinous') return `${rest[0]} spinous process`;
  const words = base.replace(/_/g, ' ');
  return words[0].toUpperCase() + words.slice(1) + side;
}
