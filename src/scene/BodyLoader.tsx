import { useEffect } from 'react';
import { useAtlasStore } from '../state/store';
import { loadLandmarks } from '../state/bodyAssets';
import { bodyUrl } from '../state/bodyUrls';
import { loadUserBody } from '../state/userBodies';
import { isUserBodyId } from '../state/userBodyIds';
import { ensureBodyBvh, loadBodyModel, userBodyModel } from './loadBodyModel';
import { useSceneStore } from './sceneStore';

/** Loads the chosen body (again on Retry) and reports progress and failure to the store. */
export function BodyLoader() {
  const bodyId = useAtlasStore((s) => s.bodyId);
  const serial = useAtlasStore((s) => s.loadSerial);
  useEffect(() => {
    let cancelled = false;
    const url = bodyUrl(bodyId);
    useAtlasStore.setState({ bodyStatus: 'loading', bodyError: null, skin: null, landmarks: null });
    const user = isUserBodyId(bodyId);
    if (!url && !user) {
      useAtlasStore.setState({
        bodyStatus: 'error',
        bodyError: `The ${bodyId} body is not part of this build (models/body-${bodyId}.glb is missing).`,
      });
      return;
    }
    performance.mark('pointatlas:body-start');
    const loading = user
      ? loadUserBody(bodyId).then(({ body, landmarks }) => [userBodyModel(body.skin), landmarks] as const)
      : Promise.all([loadBodyModel(url!), loadLandmarks(bodyId)]);
    loading
      .then(([model, landmarks]) => {
        if (cancelled) return;
        performance.measure('pointatlas:body', 'pointatlas:body-start');
        useSceneStore.setState({ model });
        const b = model.bounds;
        useAtlasStore.setState({
          bodyStatus: 'ready',
          skin: model.skinArrays,
          landmarks,
          bounds: { min: b.min.toArray(), max: b.max.toArray() },
        });
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        const why = err instanceof Error ? err.message : String(err);
        useAtlasStore.setState({
          bodyStatus: 'error',
          bodyError: `The ${user ? 'chosen' : bodyId} body could not be loaded: ${why}`,
        });
      });
    return () => {
      cancelled = true;
    };
  }, [bodyId, serial]);
  const frameReady = useAtlasStore((s) => s.frameReady);
  const model = useSceneStore((s) => s.model);
  useEffect(() => {
    if (frameReady && model) ensureBodyBvh(model);
  }, [frameReady, model]);
  return null;
}
