import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { ItemLookups } from '../../core/planItemInfo';
import { itemInfo } from '../../core/planItemInfo';
import type { SafetyWarning } from '../../core/safety';
import type { PlanItem } from '../../schema/records/planItem';
import { movePlanItem, type PlanRecord } from '../../state/workspace';
import { PlanItemRow } from './PlanItemRow';

const DRAG_TYPE = 'application/x-pointatlas-plan-item';

/**
 * The plan's items in order. Reorder with Alt+↑/↓ on a focused item (focus follows it), with its move buttons, or by
 * dragging its handle onto another item's place (native drag and drop).
 */
export function PlanItemList({
  plan,
  lookups,
  warnings,
}: {
  plan: PlanRecord;
  lookups: ItemLookups;
  warnings: SafetyWarning[];
}) {
  const list = useRef<HTMLOListElement>(null);
  const focusAfter = useRef<string | null>(null);
  const [over, setOver] = useState<number | null>(null);

  useEffect(() => {
    const id = focusAfter.current;
    if (!id) return;
    const rows = list.current?.querySelectorAll<HTMLElement>('[data-item-id]') ?? [];
    const row = [...rows].find((r) => r.dataset.itemId === id);
    if (row) {
      row.focus();
      focusAfter.current = null;
    }
  }, [plan.items]);

  const move = (item: PlanItem, to: number) => {
    if (to < 0 || to >= plan.items.length) return;
    focusAfter.current = item.id;
    void movePlanItem(item, to);
  };
  const drop = (e: DragEvent, to: number) => {
    e.preventDefault();
    setOver(null);
    const id = e.dataTransfer.getData(DRAG_TYPE);
    const item = plan.items.find((i) => i.id === id);
    if (item) move(item, to);
  };

  if (plan.items.length === 0) return <p className="muted">No items yet.</p>;
  return (
    <ol className="plan-items" ref={list} aria-label="Plan items in order">
      {plan.items.map((item, i) => (
        <PlanItemRow
          key={item.id}
          item={item}
          index={i}
          count={plan.items.length}
          info={itemInfo(item, lookups)}
          warnings={warnings.filter((w) => w.itemIds.includes(item.id))}
          onMove={(to) => move(item, to)}
          dropTarget={over === i}
          drag={{
            onDragStart: (e) => {
              e.dataTransfer.setData(DRAG_TYPE, item.id);
              e.dataTransfer.effectAllowed = 'move';
            },
            onDragOver: (e) => {
              if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = 'move';
              setOver(i);
            },
            onDragLeave: () => setOver((o) => (o === i ? null : o)),
            onDrop: (e) => drop(e, i),
          }}
        />
      ))}
    </ol>
  );
}
