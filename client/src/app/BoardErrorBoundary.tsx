import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | undefined;
}

/**
 * If showing the board fails, says so in plain words instead of a blank page. The board's copy in
 * this browser is left as it is: it may hold edits not yet sent, which a reload will send. (React
 * itself reports the error to the console.)
 */
export class BoardErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="notice">
        <div className="notice__card" role="alert" data-testid="board-error">
          <h1>Something went wrong showing this board</h1>
          <p>
            Partnermap hit a fault while drawing the board, so it stopped rather than show something wrong. Nothing
            has been deleted: the board is safe on the server, and any edits not yet sent are still kept in this
            browser. Reloading the page usually puts it right.
          </p>
          <details className="notice__details">
            <summary>What went wrong, for whoever looks after Partnermap</summary>
            <code>{error.message}</code>
          </details>
          <div className="notice__actions">
            <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
              Reload the page
            </button>
            <a className="button" href="/">
              Go to your boards
            </a>
          </div>
        </div>
      </main>
    );
  }
}
