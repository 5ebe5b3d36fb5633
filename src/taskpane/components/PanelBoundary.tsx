// Keeps the pane alive when a tab fails: a chunk that cannot be downloaded (network, an add-in
// update while the pane is open) or an error while rendering shows a message in the tab's place
// instead of unmounting the whole pane. The record is in browser storage already (autosave), so
// reloading the pane loses nothing.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { Component, type ReactNode } from "react";
import type { Translator } from "../i18n";

interface Props {
  readonly t: Translator;
  readonly children: ReactNode;
  /** Reloads the pane; window.location.reload by default. */
  readonly reload?: () => void;
}

export class PanelBoundary extends Component<Props, { error?: unknown }> {
  override state: { error?: unknown } = {};

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override render(): ReactNode {
    const { t, children, reload } = this.props;
    if (this.state.error === undefined) return children;
    const reason = this.state.error instanceof Error ? this.state.error.message : String(this.state.error);
    return (
      <MessageBar intent="error" role="alert" data-testid="panel-failed">
        <MessageBarBody>{t("app.panelFailed", { reason })}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={reload ?? (() => window.location.reload())} data-testid="panel-reload">
            {t("app.reload")}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
