import type { Source } from '../../schema/source';

/** A source as a citation line: authors (first three), year, title, journal, DOI or URL. */
export function citeSource(s: Source | undefined, id: string): string {
  if (!s) return id;
  const authors = s.authors?.length
    ? `${s.authors.slice(0, 3).join(', ')}${s.authors.length > 3 ? ' et al.' : ''}. `
    : '';
  const where = [s.journal, s.doi ? `doi:${s.doi}` : s.url].filter(Boolean).join('. ');
  return `${authors}${s.title}${s.year ? ` (${s.year})` : ''}${where ? `. ${where}` : ''}`;
}
