import { Component, type ReactNode } from 'react';

interface Props {
  name: string;
  children: ReactNode;
  /** What to show instead of the default message; `reset` tries the children again. */
  fallback?: (error: Error, reset: () => void) => ReactNode;
}

/** Catches an error in a panel: the panel says so and offers to try again, and the rest of the app keeps working. */
export class PanelBoundary extends Component<Props, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    if (this.props.fallback)
      return this.props.fallback(this.state.error, () => this.setState({ error: null }));
    return (
      <div className="panel error-box" role="alert">
        <p>
          The {this.props.name} hit a problem: {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
