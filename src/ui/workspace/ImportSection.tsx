import { useState, type ChangeEvent } from 'react';
import type { ImportPlan, RecordStore } from '../../storage/types';
import { checkImport, confirmImport } from '../../state/workspace/dataTransfer';
import { ImportConfirm } from './ImportConfirm';

type Step =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'refused'; file: string; message: string }
  | { kind: 'confirm'; file: string; plan: ImportPlan }
  | { kind: 'done'; message: string };

/**
 * Import a records file: it is read and checked first, what would change is shown, and nothing is written until the
 * practitioner confirms. A broken or foreign file is refused with the reason; the device is untouched.
 */
export function ImportSection({ store }: { store: RecordStore }) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setError(null);
    setStep({ kind: 'checking' });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setStep({ kind: 'refused', file: file.name, message: 'the file could not be read' });
    }
    const check = await checkImport(store, text);
    setStep(
      check.ok
        ? { kind: 'confirm', file: file.name, plan: check.plan }
        : { kind: 'refused', file: file.name, message: check.message },
    );
  };

  const apply = async (plan: ImportPlan, replaceChanged: boolean) => {
    const failure = await confirmImport(store, plan, replaceChanged);
    if (failure) return setError(failure);
    const n = plan.added.length + (replaceChanged ? plan.changed.length : 0);
    setStep({ kind: 'done', message: `Imported: ${n} record${n === 1 ? '' : 's'} written.` });
  };

  return (
    <section aria-labelledby="import-heading">
      <h3 id="import-heading">Import</h3>
      <label className="file-pick">
        Choose a PointAtlas records file (.json){' '}
        <input type="file" accept=".json,application/json" onChange={pick} />
      </label>
      {step.kind === 'checking' && <p className="muted">Checking the file…</p>}
      {step.kind === 'refused' && (
        <p className="field-error" role="alert">
          {step.file} was not imported: {step.message}. Nothing on this device was changed.
        </p>
      )}
      {step.kind === 'confirm' && (
        <ImportConfirm
          file={step.file}
          plan={step.plan}
          onConfirm={(replace) => void apply(step.plan, replace)}
          onCancel={() => setStep({ kind: 'idle' })}
        />
      )}
      {step.kind === 'done' && <p role="status">{step.message}</p>}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
