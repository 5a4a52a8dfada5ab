import { useNodesInitialized, useReactFlow, useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { fitOptions, usePanelRoom } from '../room/panelRoom.ts';
import { useMapFitted } from '../room/useFirstFit.ts';
import { centreDone, useCentreRequest } from './mapFocus.ts';

/**
 * Brings into view the agencies asked for (by search, or a focus), once the map shows them and has
 * made its first fit: one agency is centred at a readable zoom, several are fitted, clear of the panels.
 */
export function CentreOnRequest() {
  const request = useCentreRequest();
  const measured = useNodesInitialized();
  const fitted = useMapFitted();
  const ready = measured && fitted;
  const { fitView, getInternalNode, setCenter, getZoom } = useReactFlow();
  const room = usePanelRoom();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);

  useEffect(() => {
    if (!request || !ready || width === 0) return;
    centreDone(request);
    const options = fitOptions(room, { width, height }, 1.2);
    const [only] = request.agencyIds;
    const node = only !== undefined && request.agencyIds.length === 1 ? getInternalNode(only) : undefined;
    if (node) {
      const zoom = Math.min(Math.max(getZoom(), 0.8), 1.5);
      const { x, y } = node.internals.positionAbsolute;
      const w = node.measured.width ?? 0;
      const h = node.measured.height ?? 0;
      // Centred in the part of the map no panel covers: shifted by half the inspector over it.
      void setCenter(x + w / 2 + room.overlay / 2 / zoom, y + h / 2, { zoom, duration: 300 });
    } else {
      void fitView({ ...options, nodes: request.agencyIds.map((id) => ({ id })), duration: 300 });
    }
  }, [request, ready, width, height, room, fitView, getInternalNode, setCenter, getZoom]);
  return null;
}
