// The in-memory fake of the Word object model used by ccr's tests (and bundled by the pane's browser
// tests as a stub office.js). See host.ts for the document and fault injection, objects.ts for the API.

export { FakeWordHost, FakeSettings } from "./host";
export type { FakeWordOptions, FakeOfficeGlobal } from "./host";
export { FakeRequestContext } from "./context";
export { FakeOfficeError } from "./errors";
export * from "./model";
