import type { DragEvent, KeyboardEvent } from 'react';
import { sideWords, type ItemInfo } from '../../core/planItemInfo';
import type { SafetyWarning } from '../../core/safety';
import type { PlanItem } from '../../schema/records/planItem';
import { removePlanItem } from '../../state/workspace';
import { PlanItemFields } from './PlanItemFields';

/** Drag handlers of a row: the handle starts a drag, the row takes a drop. */
export interface RowDrag {
  onDragStart: (e: DragEvent) => void;
  onDragOver: (e: DragEvent) => void;
  onDragLeave: () => void;
  onDrop: (e: DragEvent) => void;
}

/** One item of the plan: its order number, code and names, side and technique, its warnings, move and remove. */
export function PlanItemRow({
  item,
  index,
  count,
  info,
  warnings,
  onMove,
  drag,
  dropTarget,
}: {
  item: PlanItem;
  index: number;
  count: number;
  info: ItemInfo;
  warnings: SafetyWarning[];
  onMove: (to: number) => void;
  drag: RowDrag;
  dropTarget: boolean;
}) {
  const onKey = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    onMove(index + (e.key === 'ArrowUp' ? -1 : 1));
  };
  const open = warnings.filter((w) => !w.acknowledgement).length;
  return (
    <li
      className={`plan-item${dropTarget ? ' drop-target' : ''}`}
      data-item-id={item.id}
      data-testid="plan-item"
      tabIndex={0}
      aria-label={`${index + 1}. ${item.code} ${info.names}, ${sideWords(item)}. Alt+Up or Alt+Down moves it.`}
      onKeyDown={onKey}
      onDragOver={drag.onDragOver}
      onDragLeave={drag.onDragLeave}
      onDrop={drag.onDrop}
    >
      <div className="plan-item-head">
        <span
          className="drag-handle"
          draggable
          onDragStart={drag.onDragStart}
          title="Drag to reorder"
          aria-hidden="true"
        >
          ⠿
        </span>
        <span className="order">{index + 1}</span>
        <strong className="code">{item.code}</strong>
        <span className="names">{info.known ? info.names : 'not in this atlas'}</span>
        {warnings.length > 0 && (
          <span
            className={`chip ${open > 0 ? 'chip--warning' : 'chip--acknowledged'}`}
            title={warnings.map((w) => w.title).join('; ')}
          >
            ⚠ {warnings.length}
          </span>
        )}
        <span className="row-buttons">
          <button
            type="button"
            aria-label={`Move ${item.code} up`}
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={`Move ${item.code} down`}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
          >
            ↓
          </button>
          <button type="button" aria-label={`Remove ${item.code}`} onClick={() => void removePlanItem(item)}>
            ✕
          </button>
        </span>
      </div>
      <PlanItemFields item={item} />
    </li>
  );
}
