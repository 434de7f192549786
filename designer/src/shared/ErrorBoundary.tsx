import { Component, type ReactNode } from 'react';
import { i18next } from '../i18n';

/** Keeps a half-edited definition from taking the editor down with its preview; retries when `resetKey` changes. */
export class ErrorBoundary extends Component<
  { resetKey: unknown; children: ReactNode },
  { error: string | null; key: unknown }
> {
  override state = { error: null as string | null, key: undefined as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  static getDerivedStateFromProps(props: { resetKey: unknown }, state: { error: string | null; key: unknown }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override render() {
    if (this.state.error) return <p className="error">{i18next.t('common:cannotShow', { error: this.state.error })}</p>;
    return this.props.children;
  }
}
