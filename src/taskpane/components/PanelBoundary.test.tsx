// @vitest-environment happy-dom
// A tab whose code cannot be downloaded shows a message with 重新加载 in its place; the pane stays.
import { act, lazy, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { translator } from "../i18n";
import { PanelBoundary } from "./PanelBoundary";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const Broken = lazy(() => Promise.reject(new Error("Loading chunk tab-prep failed")));

afterEach(() => {
  document.body.innerHTML = "";
});

describe("PanelBoundary", () => {
  it("shows the failure and a reload button instead of unmounting the pane", async () => {
    const host = document.createElement("div");
    document.body.append(host);
    const reload = vi.fn();
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    await act(async () => {
      createRoot(host).render(
        <div>
          <header data-testid="header">沟通协调记录</header>
          <PanelBoundary t={translator("zh")} reload={reload}>
            <Suspense fallback="…">
              <Broken />
            </Suspense>
          </PanelBoundary>
        </div>,
      );
    });
    quiet.mockRestore();
    expect(host.querySelector("[data-testid=header]")?.textContent).toBe("沟通协调记录");
    const message = host.querySelector("[data-testid=panel-failed]")?.textContent ?? "";
    expect(message).toContain("此部分未能加载（Loading chunk tab-prep failed）");
    (host.querySelector("[data-testid=panel-reload]") as HTMLButtonElement).click();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it("renders its children when nothing fails", async () => {
    const host = document.createElement("div");
    document.body.append(host);
    await act(async () => {
      createRoot(host).render(
        <PanelBoundary t={translator("en")}>
          <p data-testid="panel">ok</p>
        </PanelBoundary>,
      );
    });
    expect(host.querySelector("[data-testid=panel]")?.textContent).toBe("ok");
    expect(host.querySelector("[data-testid=panel-failed]")).toBeNull();
  });
});
