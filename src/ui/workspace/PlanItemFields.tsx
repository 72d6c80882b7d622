import { sideWords } from '../../core/planItemInfo';
import type { ItemSide, PlanItem, TechniqueKind } from '../../schema/records/planItem';
import { SIDES_BY_LAYER, TECHNIQUES_BY_LAYER } from '../../schema/records/planItemKinds';
import { updatePlanItem } from '../../state/workspace';

const TECHNIQUE_TEXT: Record<TechniqueKind, string> = {
  needle: 'needle',
  acupressure: 'acupressure',
  moxibustion: 'moxibustion',
  'electro-stimulation': 'electro-stimulation',
  laser: 'laser',
  'nrt-implant': 'NRT implant (staple)',
  'perineural-injection': 'perineural injection',
};

/** A number typed in a field: empty clears it, anything not a number in range is ignored (the field resets). */
const numberOf = (s: string, max: number): number | undefined | null => {
  if (s.trim() === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) && n >= 0 && n <= max ? n : null;
};

/**
 * An item's how: side, a technique fitting its layer, the injectate of a perineural injection, optional depth and
 * duration, a note. Choices save at once; typed fields save when they lose focus.
 */
export function PlanItemFields({ item }: { item: PlanItem }) {
  const save = (patch: Parameters<typeof updatePlanItem>[1]) => void updatePlanItem(item, patch);
  const sides = SIDES_BY_LAYER[item.layer];
  const optional = (name: 'depthMm' | 'durationMin', value: string, max: number) => {
    const n = numberOf(value, max);
    if (n !== null && n !== item[name]) save({ [name]: n });
  };
  return (
    <div className="plan-item-fields">
      <label>
        Side{' '}
        <select value={item.side} onChange={(e) => save({ side: e.target.value as ItemSide })}>
          {sides.map((s) => (
            <option key={s} value={s}>
              {sideWords({ ...item, side: s })}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        Technique{' '}
        <select value={item.technique} onChange={(e) => save({ technique: e.target.value as TechniqueKind })}>
          {TECHNIQUES_BY_LAYER[item.layer].map((t) => (
            <option key={t} value={t}>
              {TECHNIQUE_TEXT[t]}
            </option>
          ))}
        </select>
      </label>
      {item.technique === 'perineural-injection' && (
        <label>
          Injectate{' '}
          <input
            key={`inj${item.injectate}`}
            type="text"
            maxLength={200}
            defaultValue={item.injectate}
            onBlur={(e) =>
              e.target.value.trim() !== item.injectate && save({ injectate: e.target.value.trim() })
            }
          />
        </label>
      )}
      <details className="item-more">
        <summary>
          Depth, duration, note
          {item.depthMm !== undefined ? ` · ${item.depthMm} mm` : ''}
          {item.durationMin !== undefined ? ` · ${item.durationMin} min` : ''}
          {item.note ? ' · 🗒' : ''}
        </summary>
        <label>
          Depth (mm){' '}
          <input
            key={`d${item.depthMm}`}
            type="number"
            min={0}
            max={200}
            step="any"
            className="narrow"
            defaultValue={item.depthMm ?? ''}
            onBlur={(e) => optional('depthMm', e.target.value, 200)}
          />
        </label>{' '}
        <label>
          Duration (min){' '}
          <input
            key={`t${item.durationMin}`}
            type="number"
            min={0}
            max={600}
            step="any"
            className="narrow"
            defaultValue={item.durationMin ?? ''}
            onBlur={(e) => optional('durationMin', e.target.value, 600)}
          />
        </label>
        <label>
          Note{' '}
          <textarea
            key={`n${item.note}`}
            rows={2}
            maxLength={2000}
            defaultValue={item.note}
            onBlur={(e) => e.target.value !== item.note && save({ note: e.target.value })}
          />
        </label>
      </details>
    </div>
  );
}
