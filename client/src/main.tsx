import '@xyflow/react/dist/style.css';
import './styles.css';
import './collab.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useRoute } from './lib/router.ts';
import { BoardPage } from './pages/Board.tsx';
import { HomePage } from './pages/Home.tsx';
import { Notice } from './pages/Notice.tsx';

function App() {
  const route = useRoute();
  if (route.page === 'home') return <HomePage />;
  if (route.page === 'board') return <BoardPage key={route.id} id={route.id} token={route.token} />;
  return <Notice title="Nothing here">This address does not lead to a page of Partnermap.</Notice>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
