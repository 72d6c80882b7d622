import { describe, expect, it } from 'vitest';
import { ClientFlagsSchema } from '../../src/schema/records/client';
import { emptyFlags } from '../../src/schema/records/clientFlags';
import { ItemLayerSchema, ItemSideSchema, TechniqueKindSchema } from '../../src/schema/records/planItem';
import { ITEM_LAYERS, SIDES_BY_LAYER, TECHNIQUES_BY_LAYER } from '../../src/schema/records/planItemKinds';

// the zod-free copies read on the way to the first frame must agree with the schemas the records are checked by
describe('the kinds kept without zod', () => {
  it('gives the same empty flags as the client schema', () => {
    expect(emptyFlags()).toEqual(ClientFlagsSchema.parse({}));
  });

  it('names only layers, sides and techniques the plan item schema accepts, for every layer', () => {
    expect([...ITEM_LAYERS].sort()).toEqual([...ItemLayerSchema.options].sort());
    for (const layer of ITEM_LAYERS) {
      expect(TECHNIQUES_BY_LAYER[layer].length).toBeGreaterThan(0);
      for (const t of TECHNIQUES_BY_LAYER[layer]) expect(TechniqueKindSchema.safeParse(t).success).toBe(true);
      for (const s of SIDES_BY_LAYER[layer]) expect(ItemSideSchema.safeParse(s).success).toBe(true);
    }
  });
});
