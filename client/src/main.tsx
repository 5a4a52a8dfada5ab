import './zodWithoutEval.ts';
import '@xyflow/react/dist/style.css';
import './app/styles.css';
import './app/collab.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { currentRoute, onRouteChange, useRoute } from './app/router.ts';
import { BoardPage } from './app/BoardPage.tsx';
import { HomePage } from './home/Home.tsx';
import { Notice } from './app/Notice.tsx';
import { checkLinkEarly } from './app/earlyAccess.ts';
import type { Route } from './app/route.ts';
import { prepareOverviewWorker } from './canvas/overview/overviewPainting.ts';

function App() {
  const route = useRoute();
  if (route.page === 'home') return <HomePage />;
  if (route.page === 'board') return <BoardPage key={route.id} id={route.id} token={route.token} />;
  return <Notice title="Nothing here">This address does not lead to a page of Partnermap.</Notice>;
}

/** The overview's painter started as a board's page loads is ended after this if the board is small. */
const PAINTER_GUESS_KEPT_MS = 15_000;

let opened: Route | undefined;
/**
 * Started as the app loads at a board's address, or as the address changes to a board's, rather
 * than when the board's page first renders: see each.
 */
function openingPage(route: Route): void {
  const was = opened?.page === 'board' ? opened : undefined;
  opened = route;
  if (route.page !== 'board' || (was?.id === route.id && was.token === route.token)) return;
  checkLinkEarly(route);
  // The same board with a new link (its links were replaced) keeps its page and painter.
  if (was?.id !== route.id) prepareOverviewWorker(PAINTER_GUESS_KEPT_MS);
}
openingPage(currentRoute());
onRouteChange(openingPage);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
