import type { Relation } from './types';

const modules = import.meta.glob<{ relations: Relation[] }>('./g*.ts', { eager: true });

/** Every relation from the standard's text, from all groups' files. */
export const allRelations: Relation[] = Object.values(modules).flatMap((m) => m.relations);
