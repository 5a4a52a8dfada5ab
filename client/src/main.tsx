import './zodWithoutEval.ts';
import '@xyflow/react/dist/style.css';
import './app/styles.css';
import './app/collab.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useRoute } from './app/router.ts';
import { BoardPage } from './app/BoardPage.tsx';
import { HomePage } from './home/Home.tsx';
import { Notice } from './app/Notice.tsx';
import { checkLinkEarly } from './app/earlyAccess.ts';
import { parseRoute } from './app/route.ts';
import { prepareOverviewWorker } from './canvas/overview/overviewPainting.ts';

function App() {
  const route = useRoute();
  if (route.page === 'home') return <HomePage />;
  if (route.page === 'board') return <BoardPage key={route.id} id={route.id} token={route.token} />;
  return <Notice title="Nothing here">This address does not lead to a page of Partnermap.</Notice>;
}

/** The overview's painter started as a board's page loads is ended after this if the board is small. */
const PAINTER_GUESS_KEPT_MS = 15_000;

// Started as the app loads rather than when the board's page first renders: see each.
const opening = parseRoute(window.location.pathname, window.location.hash);
if (opening.page === 'board') {
  checkLinkEarly(opening);
  prepareOverviewWorker(PAINTER_GUESS_KEPT_MS);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
