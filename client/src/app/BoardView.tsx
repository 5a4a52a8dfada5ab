import { useReactFlow, useStoreApi, type OnMove } from '@xyflow/react';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Awareness } from '../sync/awareness.ts';
import type { BoardDoc } from '@partnermap/shared/doc';
import type { Board } from '@partnermap/shared/model';
import { useFollow } from '../presence/useFollow.ts';
import { useLead } from '../presence/useLead.ts';
import { BringEveryone } from '../presence/BringEveryone.tsx';
import { FollowingNotice } from '../presence/FollowingNotice.tsx';
import { PresentButton } from '../present/PresentButton.tsx';
import { usePerson } from '../presence/usePerson.ts';
import { usePresence } from '../presence/usePresence.ts';
import { useShareSelection } from '../presence/useShareSelection.ts';
import { useAnnounceArrivals } from '../presence/announceArrivals.ts';
import { useAnnounceSelection } from '../selection/announceSelection.ts';
import { useUndo } from './useUndo.ts';
import { useBoardKeys } from './useBoardKeys.ts';
import type { ConnectionView } from '../sync/connectionStatus.ts';
import { NO_FILTERS, type Filters } from '../canvas/filters.ts';
import { useFocusLit } from '../canvas/focus/useFocusLit.ts';
import { FocusBar } from '../canvas/focus/FocusBar.tsx';
import type { LeftView } from '../canvas/room/useFirstFit.ts';
import { CentreOnRequest } from '../canvas/focus/CentreOnRequest.tsx';
import { Search } from '../search/Search.tsx';
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
import { OverwriteNotices } from '../overwrites/OverwriteNotices.tsx';
import { exportView } from '../export/pageChoice.ts';

interface Props {
  doc: BoardDoc;
  board: Board;
  readOnly: boolean;
  connection: ConnectionView;
  /** The board has come in: from the server at least once, and from the browser's copy (until then it may only look empty). */
  boardIn: boolean;
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
export function BoardView({ doc, board, readOnly, connection, boardIn, actions, awareness, share, notices }: Props) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const { lit, filtered, focusResult } = useFocusLit(board, filters);
  // The Export menu (in the top bar) draws the filter's lit agencies; a focus is a passing look.
  const shown = useMemo(() => exportView(filters, filtered), [filters, filtered]);
  const undo = useUndo(doc, !readOnly);
  const { flow, selection: selected, area, addInView } = useCanvasState(doc, board, lit, readOnly, undo);
  const { selection, select } = selected;
  const keyboard = useCanvasKeyboard(flow, board, readOnly);
  // After following a link in the inspector focus goes to the new selection's heading, never the page.
  const selectRelationship = useCallback((id: string) => {
    select({ relationshipIds: [id] });
    focusInspectorHeading();
  }, [select]);
  const selectPartnership = useCallback((id: string) => {
    select({ partnershipId: id });
    focusInspectorHeading();
  }, [select]);
  const clearSelection = useCallback(() => {
    select({});
    focusInspectorHeading();
  }, [select]);
  const { person, rename } = usePerson();
  const [renaming, setRenaming] = useState(false);
  const role = readOnly ? 'view' : 'edit';
  const presence = usePresence(awareness, person, role);
  const { share: sharePresence } = presence;
  const lead = useLead(sharePresence);
  const follow = useFollow(presence.peers, lead.leading);
  useShareSelection(sharePresence, selection);
  useAnnounceSelection(selection, board);
  useAnnounceArrivals(presence.peers);
  useBoardKeys(doc, readOnly, selected);
  useLandmarkKeys();
  const { screenToFlowPosition } = useReactFlow();
  const flowStore = useStoreApi();
  // Where the map was left: the map is made afresh after another view, and opens there again.
  const mapView = useRef<LeftView | undefined>(undefined);
  // Stable: React Flow copies a new callback into its store, which re-runs every node's and edge's selectors.
  const shareViewport = useCallback<OnMove>(
    (_, viewport) => sharePresence({ viewport: viewCentre(viewport, flowStore.getState()) }),
    [sharePresence, flowStore],
  );
  const context = useMemo(() => ({ doc, readOnly }), [doc, readOnly]);

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
                <>
                  <People
                    me={{ ...person, colour: presence.colour ?? person.colour }}
                    myRole={role}
                    peers={presence.peers}
                    followingId={follow.followed?.clientId}
                    onFollow={follow.follow}
                    onRename={() => setRenaming(true)}
                  />
                  {!readOnly && <BringEveryone peers={presence.peers} leading={lead.leading} onLead={lead.lead} />}
                  <PresentButton />
                </>
              )
            }
          />
          <ConnectionBanner connection={connection} />
          {notices}
          {!readOnly && <OverwriteNotices doc={doc} board={board} peers={presence.peers} />}
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
                onMove={shareViewport}
                onMoveStart={follow.onMoveStart}
                boardIn={boardIn}
                leftAt={mapView}
              >
                <PresenceLayer peers={presence.peers} />
                {keyboard.connecting && <ConnectBanner from={keyboard.connecting} onCancel={keyboard.cancelConnecting} />}
                <FollowingNotice followed={follow.followed} brought={follow.brought} onStop={follow.stop} />
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
                <FocusBar result={focusResult} />
                <CentreOnRequest />
              </Canvas>
            </section>
            </BoardViews>
            </main>
            <Inspector
              selection={selection}
              focusNameOf={selected.focusNameOf}
              onSelectRelationship={selectRelationship}
              onSelectPartnership={selectPartnership}
              onClear={clearSelection}
            />
          </div>
        </div>
        <Search />
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
