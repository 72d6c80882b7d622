import { dismissError, dismissMessage, useWorkspace } from '../../state/workspace';

/** The workspace's storage failure (an alert) and its informational message, each until read. */
export function WorkspaceNotices() {
  const error = useWorkspace((s) => s.error);
  const message = useWorkspace((s) => s.message);
  const failed = useWorkspace((s) => s.status === 'failed');
  return (
    <>
      {error && (
        <div className="error-box" role="alert" data-testid="workspace-error">
          <p>{error}</p>
          {!failed && (
            <button type="button" onClick={dismissError}>
              OK
            </button>
          )}
        </div>
      )}
      {message && (
        <div className="workspace-message" role="status" data-testid="workspace-message">
          <p>{message}</p>
          <button type="button" onClick={dismissMessage}>
            OK
          </button>
        </div>
      )}
    </>
  );
}
