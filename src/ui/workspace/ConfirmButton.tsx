import { useState, type ReactNode } from 'react';

/** A button that asks once more before acting ("Delete" → "Delete A-17 and their plans? Yes / No"). */
export function ConfirmButton({
  children,
  question,
  onConfirm,
  label,
}: {
  children: ReactNode;
  question: string;
  onConfirm: () => void;
  label?: string;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="danger" aria-label={label} onClick={() => setAsking(true)}>
        {children}
      </button>
    );
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>{' '}
      <button
        type="button"
        className="danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        Yes
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)} autoFocus>
        No
      </button>
    </span>
  );
}
