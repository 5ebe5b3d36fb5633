// Registers the service worker (offline/sw.js) that keeps the stand-alone pane working without
// network. Only in production builds (the dev server rebuilds its files), only stand-alone (inside
// Word the pane always loads from its server), and only where browsers allow service workers at all
// (https, or localhost). A failure only means no offline copy: the pane works as before.
import type { HostInfo } from "../host";

const LOCAL_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

export function offlineCopyAllowed(host: HostInfo, location: { protocol: string; hostname: string }, production: boolean): boolean {
  if (!production || host.kind !== "standalone") return false;
  return location.protocol === "https:" || LOCAL_HOSTS.includes(location.hostname);
}

export function registerOfflineCopy(host: HostInfo): void {
  if (typeof navigator === "undefined" || !("serviceWorker" in navigator)) return;
  if (!offlineCopyAllowed(host, window.location, process.env.NODE_ENV === "production")) return;
  navigator.serviceWorker.register("sw.js").catch(() => {
    // No offline copy this time (private window, storage disabled); nothing else depends on it.
  });
}
