// Errors shaped like OfficeExtension.Error (name "RichApi.Error", code, debugInfo).

export type FakeErrorCode =
  | "GeneralException"
  | "ItemNotFound"
  | "InvalidArgument"
  | "AccessDenied"
  | "ApiNotFound"
  | "NotAllowed"
  | "PropertyNotLoaded"
  | "InvalidObjectPath";

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: FakeErrorCode | string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(name: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (${what}).`);
}
