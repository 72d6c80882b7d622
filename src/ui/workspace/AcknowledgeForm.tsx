import { useId, useState } from 'react';
import { MIN_REASON } from '../../core/planEdits';
import type { SafetyWarning } from '../../core/safety';
import { acknowledgeWarning } from '../../state/workspace';

/** Asks why a warning is accepted (at least three characters); the warning stays listed, marked acknowledged. */
export function AcknowledgeForm({ warning, onDone }: { warning: SafetyWarning; onDone: () => void }) {
  const [reason, setReason] = useState(warning.acknowledgement?.reason ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  return (
    <form
      className="acknowledge-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim().length < MIN_REASON) {
          setProblem(
            `Give a reason of at least ${MIN_REASON} characters: a warning is never dismissed without one.`,
          );
          return;
        }
        void acknowledgeWarning(warning.id, reason).then((ok) => ok && onDone());
      }}
    >
      <label htmlFor={id}>Reason for going ahead</label>
      <textarea
        id={id}
        rows={2}
        maxLength={1000}
        value={reason}
        onChange={(e) => {
          setReason(e.target.value);
          setProblem(null);
        }}
        autoFocus
      />
      {problem && (
        <p className="form-problems" role="alert">
          {problem}
        </p>
      )}
      <button type="submit">Acknowledge</button>{' '}
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
