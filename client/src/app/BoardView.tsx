import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Awareness } from '../sync/awareness.ts';
import { dissolvePartnership, formPartnership, type BoardDoc } from '@partnermap/shared/doc';
import { type Board } from '@partnermap/shared/model';
import { useFollow } from '../presence/useFollow.ts';
import { usePerson } from '../presence/usePerson.ts';
import { usePresence } from '../presence/usePresence.ts';
import { useUndo } from './useUndo.ts';
import type { ConnectionView } from '../sync/connectionStatus.ts';
import { NO_FILTERS, filterCount, litOnBoard, type Filters } from '../canvas/filters.ts';
import { viewCentre } from '../canvas/geometry.ts';
import { isTyping } from './shortcuts.ts';
import { BoardContext } from './BoardContext.ts';
import { Canvas } from '../canvas/Canvas.tsx';
import { ConnectionBanner } from './ConnectionBanner.tsx';
import { EmptyGuide } from '../canvas/EmptyGuide.tsx';
import { FiltersPanel } from '../canvas/Filters.tsx';
import { Inspector } from '../inspector/Inspector.tsx';
import { Legend } from '../canvas/legend/Legend.tsx';
import { NameDialog } from '../presence/NameDialog.tsx';
import { PresenceLayer } from '../presence/PresenceLayer.tsx';
import { People } from '../presence/People.tsx';
import { Toolbar } from './Toolbar.tsx';
import { TopBar } from './TopBar.tsx';
import { UndoButtons } from './UndoButtons.tsx';
import { useCanvasState } from '../canvas/useCanvasState.ts';
import { BoardViews } from '../views/BoardViews.tsx';

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
  const undo = useUndo(doc, !readOnly);
  const canvas = useCanvasState(doc, board, lit, readOnly, undo);
  const { select, selection } = canvas;
  const { person, rename } = usePerson();
  const [renaming, setRenaming] = useState(false);
  const role = readOnly ? 'view' : 'edit';
  const presence = usePresence(awareness, person, role);
  const follow = useFollow(presence.peers);
  const { share: sharePresence } = presence;
  const selectedIds = [...selection.agencyIds, ...selection.relationshipIds].join(' ');
  useEffect(() => {
    sharePresence({ selection: selectedIds ? selectedIds.split(' ') : [] });
  }, [sharePresence, selectedIds]);
  const { screenToFlowPosition } = useReactFlow();
  const flowStore = useStoreApi();
  const area = useRef<HTMLDivElement>(null);
  const context = useMemo(() => ({ doc, board, readOnly }), [doc, board, readOnly]);

  const addInView = () => {
    const r = area.current?.getBoundingClientRect();
    if (!r) return;
    // Each agency added from the toolbar lands a little further along, so they never pile up.
    const nudge = (board.agencies.length % 6) * 28;
    canvas.addAgencyAt(screenToFlowPosition({ x: r.left + r.width / 2 + nudge, y: r.top + r.height / 2 + nudge }));
  };

  /** Of the agencies selected, those still on the board: a colleague may have just removed one. */
  const formOfSelection = () => {
    const members = selection.agencyIds.filter((id) => board.agencies.some((a) => a.id === id));
    if (members.length > 0) select({ partnershipId: formPartnership(doc, members) });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        if (isTyping(e.target)) (e.target as HTMLElement).blur();
        else select({});
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && !isTyping(e.target) && selection.partnershipId && !readOnly) {
        dissolvePartnership(doc, selection.partnershipId);
        select({});
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [doc, select, selection.partnershipId, readOnly]);

  return (
    <BoardContext.Provider value={context}>
      <div className="board">
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
          <BoardViews selection={selection} select={select}>
            <div
              className="board__canvas"
              ref={area}
              onPointerMove={(e) => sharePresence({ cursor: screenToFlowPosition({ x: e.clientX, y: e.clientY }) })}
              onPointerLeave={() => sharePresence({ cursor: null })}
            >
              <Canvas
                nodes={canvas.nodes}
                edges={canvas.edges}
                partnerships={board.partnerships}
                selectedPartnershipId={selection.partnershipId}
                readOnly={readOnly}
                onNodesChange={canvas.onNodesChange}
                onEdgesChange={canvas.onEdgesChange}
                onConnect={canvas.onConnect}
                onSelectPartnership={(id) => select({ partnershipId: id })}
                onPaneClick={() => select({})}
                onAddAt={canvas.addAgencyAt}
                onMove={(_, viewport) => sharePresence({ viewport: viewCentre(viewport, flowStore.getState()) })}
                onMoveStart={follow.onMoveStart}
              >
                <PresenceLayer peers={presence.peers} />
                {follow.followed && (
                  <Panel position="bottom-center" className="following" style={{ borderColor: follow.followed.colour }}>
                    Following {follow.followed.name}. Pan or zoom to stop.
                  </Panel>
                )}
                <Panel position="top-left">
                  <Toolbar
                    readOnly={readOnly}
                    selectedAgencies={selection.agencyIds.length}
                    activeFilters={filterCount(filters)}
                    filtersOpen={filtersOpen}
                    onAdd={addInView}
                    onFormPartnership={formOfSelection}
                    onToggleFilters={() => setFiltersOpen((o) => !o)}
                  />
                </Panel>
                {filtersOpen && (
                  <Panel position="top-right">
                    <FiltersPanel filters={filters} onChange={setFilters} onClose={() => setFiltersOpen(false)} />
                  </Panel>
                )}
                <Panel position="bottom-left">
                  <Legend board={board} />
                </Panel>
                {board.agencies.length === 0 && (
                  <Panel position="top-center" className="empty-guide-panel">
                    <EmptyGuide onAdd={addInView} readOnly={readOnly} />
                  </Panel>
                )}
              </Canvas>
            </div>
          </BoardViews>
          <Inspector
            selection={selection}
            focusNameOf={canvas.focusNameOf}
            onSelectRelationship={(id) => select({ relationshipIds: [id] })}
            onSelectPartnership={(id) => select({ partnershipId: id })}
            onClear={() => select({})}
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
    </BoardContext.Provider>
  );
}
