import { z } from 'zod';
import { SourceRefsSchema } from './common';

/** One of the 14 channels (12 regular + GV, CV). */
export const ChannelSchema = z
  .object({
    code: z.enum(['LU', 'LI', 'ST', 'SP', 'HT', 'SI', 'BL', 'KI', 'PC', 'TE', 'GB', 'LR', 'GV', 'CV']),
    english: z.string(),
    pinyin: z.string(),
    hanzi: z.string(),
    /** Organ the channel belongs to, and its phase; null for GV/CV. */
    organ: z.string().nullable(),
    phase: z.enum(['wood', 'fire', 'earth', 'metal', 'water']).nullable(),
    /** 'hand' or 'foot' channel, yin or yang (seed 003's grouping); null for GV/CV. */
    limb: z.enum(['hand', 'foot']).nullable(),
    polarity: z.enum(['yin', 'yang']),
    /** The channel paired with it (interior–exterior). */
    pairedWith: z.string().nullable(),
    pointCount: z.number().int().positive(),
    colour: z.string().regex(/^#[0-9a-f]{6}$/),
    summary: z.string(),
    sources: SourceRefsSchema,
  })
  .strict();
export type Channel = z.infer<typeof ChannelSchema>;

export const ChannelsFileSchema = z.object({ schemaVersion: z.literal(1), channels: z.array(ChannelSchema) });
