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

function App() {
  const route = useRoute();
  if (route.page === 'home') return <HomePage />;
  if (route.page === 'board') return <BoardPage key={route.id} id={route.id} token={route.token} />;
  return <Notice title="Nothing here">This address does not lead to a page of Partnermap.</Notice>;
}

checkLinkEarly(window.location.pathname, window.location.hash);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
