import type { ReactNode } from 'react';

interface ModePanelProps {
  /** The panel's name: its heading, and its class (`<id>-panel`) and heading id (`<id>-heading`). */
  id: string;
  title: string;
  /** What the close button says to a screen reader. */
  closeLabel: string;
  onClose: () => void;
  /** A message for the user (a failure), shown as an alert under the heading. */
  message?: string | null;
  children: ReactNode;
}

/** The frame of a side panel of a mode (study, tours): heading, close button, an alert line, then its content. */
export function ModePanel({ id, title, closeLabel, onClose, message, children }: ModePanelProps) {
  return (
    <section className={`panel ${id}-panel`} aria-labelledby={`${id}-heading`}>
      <header className="panel-head">
        <h2 id={`${id}-heading`}>{title}</h2>
        <button type="button" className="close" aria-label={closeLabel} onClick={onClose}>
          ×
        </button>
      </header>
      {message && (
        <p className="warning" role="alert">
          {message}
        </p>
      )}
      {children}
    </section>
  );
}
