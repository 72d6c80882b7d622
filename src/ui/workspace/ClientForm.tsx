import { useState } from 'react';
import { ClientFieldsSchema, emptyFlags, type ClientFields } from '../../schema/records/client';
import { saveClient, type ClientRecord } from '../../state/workspace';
import { ClientFlagsFields } from './ClientFlagsFields';

const num = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s));

/**
 * A new client, or the open one edited: a pseudonymous label, optional year of birth and sex, the safety flags, a
 * note. Checked against the record's schema before saving; on a failure or a change from another tab the input stays.
 */
export function ClientForm({ client, onDone }: { client?: ClientRecord; onDone: (id?: string) => void }) {
  const [label, setLabel] = useState(client?.label ?? '');
  const [birthYear, setBirthYear] = useState(client?.birthYear?.toString() ?? '');
  const [sex, setSex] = useState<string>(client?.sex ?? '');
  const [flags, setFlags] = useState(client?.flags ?? emptyFlags());
  const [weeks, setWeeks] = useState(client?.flags.pregnancyWeeks?.toString() ?? '');
  const [note, setNote] = useState(client?.note ?? '');
  const [baseRev, setBaseRev] = useState(client?.rev);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const candidate = {
      kind: 'client',
      schemaVersion: 1,
      label,
      ...(num(birthYear) !== undefined ? { birthYear: num(birthYear) } : {}),
      ...(sex ? { sex } : {}),
      flags: {
        ...flags,
        ...(flags.pregnant && num(weeks) !== undefined ? { pregnancyWeeks: num(weeks) } : {}),
      },
      note,
    };
    if (!flags.pregnant || num(weeks) === undefined) delete candidate.flags.pregnancyWeeks;
    const parsed = ClientFieldsSchema.safeParse(candidate);
    if (!parsed.success) {
      setProblems(
        parsed.error.issues.map((i) => `${FIELD_NAMES[String(i.path[0])] ?? i.path.join('.')}: ${i.message}`),
      );
      return;
    }
    setSaving(true);
    const r = await saveClient(parsed.data as ClientFields, client ? { id: client.id, baseRev } : {});
    setSaving(false);
    if (r.ok) return onDone(r.id);
    setProblems([r.message]);
    // the next save knowingly replaces the other tab's version with what is in the form
    if (r.conflict?.stored) setBaseRev(r.conflict.stored.rev);
  };

  return (
    <form
      className="workspace-form"
      aria-label={client ? `Edit client ${client.label}` : 'New client'}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>{client ? `Edit ${client.label}` : 'New client'}</h3>
      <label>
        Label (a pseudonym, not the client&apos;s name){' '}
        <input type="text" required maxLength={80} value={label} onChange={(e) => setLabel(e.target.value)} />
      </label>
      <label>
        Year of birth (optional){' '}
        <input
          type="number"
          min={1900}
          max={2100}
          className="narrow"
          value={birthYear}
          onChange={(e) => setBirthYear(e.target.value)}
        />
      </label>
      <label>
        Sex (optional){' '}
        <select value={sex} onChange={(e) => setSex(e.target.value)}>
          <option value="">not given</option>
          <option value="female">female</option>
          <option value="male">male</option>
          <option value="other">other</option>
        </select>
      </label>
      <ClientFlagsFields flags={flags} weeks={weeks} onFlags={setFlags} onWeeks={setWeeks} />
      <label>
        Note <textarea rows={2} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      {problems.length > 0 && (
        <ul className="form-problems" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="form-buttons">
        <button type="submit" disabled={saving}>
          Save client
        </button>{' '}
        <button type="button" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}

const FIELD_NAMES: Record<string, string> = {
  label: 'Label',
  birthYear: 'Year of birth',
  sex: 'Sex',
  flags: 'Safety flags (weeks of pregnancy 0–45)',
  note: 'Note',
};
