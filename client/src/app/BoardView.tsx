import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import { useMemo, useState, type ReactNode } from 'react';
import type { Awareness } from '../sync/awareness.ts';
import type { BoardDoc } from '@partnermap/shared/doc';
import type { Board } from '@partnermap/shared/model';
import { useFollow } from '../presence/useFollow.ts';
import { usePerson } from '../presence/usePerson.ts';
import { usePresence } from '../presence/usePresence.ts';
import { useShareSelection } from '../presence/useShareSelection.ts';
import { useAnnounceArrivals } from '../presence/announceArrivals.ts';
import { useAnnounceSelection } from '../selection/announceSelection.ts';
import { useUndo } from './useUndo.ts';
import { useBoardKeys } from './useBoardKeys.ts';
import type { ConnectionView } from '../sync/connectionStatus.ts';
import { NO_FILTERS, litOnBoard, type Filters } from '../canvas/filters.ts';
import { viewCentre } from '../canvas/geometry.ts';
import { BoardContext } from './BoardContext.ts';
import { SelectionContext } from '../selection/selection.ts';
import { Canvas } from '../canvas/Canvas.tsx';
import { CanvasPanels } from './CanvasPanels.tsx';
import { MapTools } from './MapTools.tsx';
import { SkipLinks } from './SkipLinks.tsx';
import { useLandmarkKeys } from './landmarks.ts';
import { FILTER_BUTTON_ID } from './Toolbar.tsx';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import { Inspector } from '../inspector/Inspector.tsx';
import { focusInspectorHeading } from '../inspector/focusHeading.ts';
import { NameDialog } from '../presence/NameDialog.tsx';
import { PresenceLayer } from '../presence/PresenceLayer.tsx';
import { People } from '../presence/People.tsx';
import { TopBar } from './TopBar.tsx';
import { UndoButtons } from './UndoButtons.tsx';
import { useCanvasState } from '../canvas/useCanvasState.ts';
import { useCanvasKeyboard } from '../canvas/keyboard/useCanvasKeyboard.ts';
import { ConnectBanner, MapKeysHelp } from '../canvas/keyboard/MapKeyboardParts.tsx';
import { BoardViews } from '../views/BoardViews.tsx';
import { ExportViewContext } from '../export/exportViewContext.ts';
import { exportView } from '../export/pageChoice.ts';

interface Props {
  doc: BoardDoc;
  board: Board;
  readOnly: boolean;
  connection: ConnectionView;
  /** Board-level actions for the top bar (share, export), added by later work. */
  actions?: ReactNode;
  /** Presence of everyone on the board (the provider's awareness), once connected. */
  awareness?: Awareness;
  /** The Share button, for edit links. */
  share?: ReactNode;
  /** Lines across the top of the board about what it holds (entries set aside, a copy discarded). */
  notices?: ReactNode;
}

/** An open board: top bar, canvas with its panels, and the inspector. */
export function BoardView({ doc, board, readOnly, connection, actions, awareness, share, notices }: Props) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const lit = useMemo(() => litOnBoard(board, filters), [board, filters]);
  // The Export menu (in the top bar) draws what the map shows: the filter's lit agencies.
  const shown = useMemo(() => exportView(filters, lit), [filters, lit]);
  const undo = useUndo(doc, !readOnly);
  const { flow, selection: selected, area, addInView } = useCanvasState(doc, board, lit, readOnly, undo);
  const { selection, select } = selected;
  const keyboard = useCanvasKeyboard(flow, board, readOnly);
  const { person, rename } = usePerson();
  const [renaming, setRenaming] = useState(false);
  const role = readOnly ? 'view' : 'edit';
  const presence = usePresence(awareness, person, role);
  const follow = useFollow(presence.peers);
  const { share: sharePresence } = presence;
  useShareSelection(sharePresence, selection);
  useAnnounceSelection(selection, board);
  useAnnounceArrivals(presence.peers);
  useBoardKeys(doc, readOnly, selected);
  useLandmarkKeys();
  const { screenToFlowPosition } = useReactFlow();
  const flowStore = useStoreApi();
  const context = useMemo(() => ({ doc, board, readOnly }), [doc, board, readOnly]);

  return (
    <BoardContext.Provider value={context}>
      <SelectionContext.Provider value={selected}>
      <ExportViewContext.Provider value={shown}>
        <div className="board">
          <SkipLinks />
          <TopBar
            connection={connection}
            actions={actions}
            share={share}
            history={!readOnly && <UndoButtons undo={undo} />}
            people={
              person && (
                <People
                  me={{ ...person, colour: presence.colour ?? person.colour }}
                  myRole={role}
                  peers={presence.peers}
                  followingId={follow.followed?.clientId}
                  onFollow={follow.follow}
                  onRename={() => setRenaming(true)}
                />
              )
            }
          />
          <ConnectionBanner connection={connection} />
          {notices}
          <div className="board__main">
            <main className="board__work">
            <h1 className="visually-hidden">{board.meta.title || 'Untitled board'}</h1>
            <BoardViews selection={selection} select={select}>
            <MapTools
              filters={filters}
              filtersOpen={filtersOpen}
              onToggleFilters={() => setFiltersOpen((o) => !o)}
              onAdd={addInView}
            />
            <section
              className="board__canvas"
              id="board-map"
              aria-label="Map"
              data-landmark="map"
              ref={area}
              onPointerMove={(e) => sharePresence({ cursor: screenToFlowPosition({ x: e.clientX, y: e.clientY }) })}
              onPointerLeave={() => sharePresence({ cursor: null })}
              onKeyDownCapture={keyboard.onKeyDownCapture}
              onFocusCapture={keyboard.onFocusCapture}
            >
              <MapKeysHelp readOnly={readOnly} />
              <Canvas
                flow={{ ...flow, nodes: keyboard.nodes, edges: keyboard.edges }}
                onMove={(_, viewport) => sharePresence({ viewport: viewCentre(viewport, flowStore.getState()) })}
                onMoveStart={follow.onMoveStart}
              >
                <PresenceLayer peers={presence.peers} />
                {keyboard.connecting && <ConnectBanner from={keyboard.connecting} onCancel={keyboard.cancelConnecting} />}
                {follow.followed && (
                  <Panel position="bottom-center" className="following" style={{ borderColor: follow.followed.colour }}>
                    Following {follow.followed.name}. Pan or zoom to stop.
                  </Panel>
                )}
                <CanvasPanels
                  filters={filters}
                  onFiltersChange={setFilters}
                  filtersOpen={filtersOpen}
                  onCloseFilters={() => {
                    setFiltersOpen(false);
                    document.getElementById(FILTER_BUTTON_ID)?.focus();
                  }}
                  onAdd={addInView}
                />
              </Canvas>
            </section>
            </BoardViews>
            </main>
            <Inspector
              selection={selection}
              focusNameOf={selected.focusNameOf}
              onSelectRelationship={(id) => {
                select({ relationshipIds: [id] });
                focusInspectorHeading();
              }}
              onSelectPartnership={(id) => {
                select({ partnershipId: id });
                focusInspectorHeading();
              }}
              onClear={() => {
                select({});
                focusInspectorHeading();
              }}
            />
          </div>
        </div>
        {(!person || renaming) && (
          <NameDialog
            current={renaming ? person?.name : undefined}
            onSave={(name) => {
              rename(name);
              setRenaming(false);
            }}
            onCancel={person ? () => setRenaming(false) : undefined}
          />
        )}
      </ExportViewContext.Provider>
      </SelectionContext.Provider>
    </BoardContext.Provider>
  );
}
