import type { ReactNode } from 'react';

/** A message in place of (or over) the 3D view, with what the user can do about it. */
export function ViewerMessage({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div className="viewer-message" role="alert" data-testid={testId}>
      <h2>{title}</h2>
      {children}
    </div>
  );
}
