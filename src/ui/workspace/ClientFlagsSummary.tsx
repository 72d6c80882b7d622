import type { ClientFields } from '../../schema/records/client';

/** The client's safety flags as short chips (what the safety checks read). */
export function ClientFlagsSummary({ client }: { client: ClientFields }) {
  const f = client.flags;
  const chips = [
    f.pregnant && `pregnant${f.pregnancyWeeks !== undefined ? ` (${f.pregnancyWeeks} wk)` : ''}`,
    f.anticoagulants && 'anticoagulants',
    f.bleedingDisorder && 'bleeding disorder',
    f.pacemaker && 'pacemaker',
    f.implantedDevice && 'implanted device',
    f.diabetes && 'diabetes',
    f.epilepsy && 'epilepsy',
    f.skinConditionSite.trim() && `skin: ${f.skinConditionSite.trim()}`,
  ].filter((c): c is string => typeof c === 'string' && c.length > 0);
  if (chips.length === 0) return <span className="muted small">no flags</span>;
  return (
    <span className="client-flags" aria-label="Safety flags">
      {chips.map((c) => (
        <span key={c} className="chip chip--flag">
          {c}
        </span>
      ))}
    </span>
  );
}
