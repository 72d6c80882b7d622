import { useZoneHover } from '../state/zoneHover';

/** The name of the zone under the pointer (dermatome level, ear part or area, NRT zone), next to the pointer. */
export function ZoneHoverLabel() {
  const { text, x, y } = useZoneHover();
  if (!text) return null;
  return (
    <div
      className="zone-hover"
      data-testid="zone-hover"
      role="status"
      style={{ transform: `translate(${Math.round(x + 14)}px, ${Math.round(y + 12)}px)` }}
    >
      {text}
    </div>
  );
}
