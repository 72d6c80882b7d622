// the workspace's styles stay with the page: plan labels, Add to plan and search's add buttons show outside the panel
import './workspace.css';
import { useWorkspace } from '../../state/workspace/workspaceStore';
import { LazyPart } from '../LazyPart';

// the workspace (its forms check records with zod) loads when it is first opened, never on the way to the first frame
const loadWorkspace = () => import('./WorkspacePanel').then((m) => m.WorkspacePanel);

/** Where the workspace panel goes; its code is fetched the first time it opens. */
export function WorkspacePanelSlot() {
  const open = useWorkspace((s) => s.open);
  return open ? <LazyPart load={loadWorkspace} what="workspace" props={{}} /> : null;
}
