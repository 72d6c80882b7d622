import { useState } from 'react';
import type { SafetyWarning } from '../../core/safety';
import { AcknowledgeForm } from './AcknowledgeForm';

/** One warning of a rule: the items it concerns, their own caution texts, and its acknowledgement (or the way to give one). */
export function SafetyWarningEntry({ warning: w, codes }: { warning: SafetyWarning; codes: string[] }) {
  const [acknowledging, setAcknowledging] = useState(false);
  const ack = w.acknowledgement;
  return (
    <li
      className={`warning-entry${ack ? ' warning-entry--acknowledged' : ''}`}
      data-testid="safety-warning"
      data-rule={w.ruleId}
      aria-label={`${w.title}: ${codes.join(', ')}${ack ? ' (acknowledged)' : ''}`}
    >
      <strong className="codes">{codes.join(', ')}</strong>
      {w.details.length > 0 && (
        <ul className="warning-details">
          {w.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
      {ack && (
        <p className="acknowledged" data-testid="acknowledgement">
          <strong>Acknowledged</strong> {new Date(ack.at).toLocaleDateString()}: {ack.reason}
        </p>
      )}
      {acknowledging ? (
        <AcknowledgeForm warning={w} onDone={() => setAcknowledging(false)} />
      ) : (
        <button type="button" className="small" onClick={() => setAcknowledging(true)}>
          {ack ? 'Change the reason…' : 'Acknowledge…'}
        </button>
      )}
    </li>
  );
}
