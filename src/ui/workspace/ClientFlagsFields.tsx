import type { ClientFlags } from '../../schema/records/client';

type BoolFlag = Exclude<keyof ClientFlags, 'pregnancyWeeks' | 'skinConditionSite'>;

const BOOL_FLAGS: [BoolFlag, string][] = [
  ['pregnant', 'Pregnant'],
  ['anticoagulants', 'Takes anticoagulants'],
  ['bleedingDisorder', 'Bleeding disorder'],
  ['pacemaker', 'Pacemaker'],
  ['implantedDevice', 'Other implanted electrical device'],
  ['diabetes', 'Diabetes'],
  ['epilepsy', 'Epilepsy'],
];

/** The flags that drive the safety checks, as form fields; weeks of pregnancy as text (checked on save). */
export function ClientFlagsFields({
  flags,
  weeks,
  onFlags,
  onWeeks,
}: {
  flags: ClientFlags;
  weeks: string;
  onFlags: (f: ClientFlags) => void;
  onWeeks: (w: string) => void;
}) {
  return (
    <fieldset className="client-flags-fields">
      <legend>Safety flags (they drive the plan&apos;s safety checks)</legend>
      {BOOL_FLAGS.map(([key, label]) => (
        <div key={key}>
          <label>
            <input
              type="checkbox"
              checked={flags[key]}
              onChange={(e) => onFlags({ ...flags, [key]: e.target.checked })}
            />{' '}
            {label}
          </label>
          {key === 'pregnant' && flags.pregnant && (
            <label className="inline">
              {' '}
              weeks{' '}
              <input
                type="number"
                min={0}
                max={45}
                inputMode="numeric"
                className="narrow"
                value={weeks}
                onChange={(e) => onWeeks(e.target.value)}
              />
            </label>
          )}
        </div>
      ))}
      <label>
        Skin condition at a site (where; empty if none){' '}
        <input
          type="text"
          maxLength={200}
          value={flags.skinConditionSite}
          onChange={(e) => onFlags({ ...flags, skinConditionSite: e.target.value })}
        />
      </label>
    </fieldset>
  );
}
