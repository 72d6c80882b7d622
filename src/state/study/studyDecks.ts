import { neuroData } from 'virtual:validated/neuro';
import { builtInTours } from '../../data/tours';
import {
  buildDecks,
  deckOfSites,
  nerveItems,
  quizItems,
  type Deck,
  type StudyItem,
} from '../../core/study/decks';
import { keyPointItems, levelStudyItems } from '../../core/study/neuroStudyItems';
import { nerveSitesOf } from '../nptLayer';
import { useAtlasStore } from '../store';
import { deviceRecords } from '../deviceRecords';

/** The sites a tour's scenes show: the highlighted ones and the selected one of each scene. */
const tourSites = (scenes: readonly { highlights: string[]; selected?: string }[]) =>
  scenes.flatMap((s) => [...s.highlights, ...(s.selected ? [s.selected] : [])]);

/** Decks of the plans and tours kept on the device; none when they cannot be read (the cards' message says why). */
export async function recordDecks(items: readonly StudyItem[]): Promise<Deck[]> {
  try {
    const store = await deviceRecords();
    const [plans, tours] = await Promise.all([store.list('plan'), store.list('tour')]);
    return [
      ...plans.map((p) =>
        deckOfSites(
          'plan',
          p.id,
          p.title,
          p.items.map((i) => i.code),
          items,
        ),
      ),
      ...tours.map((t) => deckOfSites('tour', t.id, t.title, tourSites(t.scenes), items)),
    ].filter((d): d is Deck => d !== undefined);
  } catch {
    return [];
  }
}

/**
 * The study items of the loaded data (channel and extra points, the nerve sites of the body shown, the key points
 * and the dermatome levels) and their decks: channel, region, layer, each built-in tour, the user's own, everything
 * mixed. Undefined before the atlas data has loaded.
 */
export function atlasDecks(own: readonly Deck[]): { items: StudyItem[]; decks: Deck[] } | undefined {
  const { data, resolved } = useAtlasStore.getState();
  if (!data) return undefined;
  const items = [
    ...quizItems(data.points),
    ...nerveItems(nerveSitesOf(resolved)),
    ...keyPointItems(neuroData.keyPoints),
    ...levelStudyItems(),
  ];
  const names = Object.fromEntries(data.channels.map((c) => [c.code, `${c.code} ${c.english}`]));
  const tours = builtInTours
    .map((t) => deckOfSites('tour', t.id, t.title, tourSites(t.scenes), items))
    .filter((d): d is Deck => d !== undefined);
  return { items, decks: [...buildDecks(items, names), ...tours, ...own] };
}
