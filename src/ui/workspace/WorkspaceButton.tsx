import { closeWorkspace, openWorkspace, useWorkspace } from '../../state/workspace';

/** The toolbar's way into the practitioner's workspace (opens the device records the first time). */
export function WorkspaceButton() {
  const open = useWorkspace((s) => s.open);
  return (
    <button
      type="button"
      className="workspace-button"
      aria-pressed={open}
      onClick={() => (open ? closeWorkspace() : void openWorkspace())}
    >
      Workspace
    </button>
  );
}
