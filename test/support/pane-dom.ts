// Driving the rendered pane in happy-dom as a user does.

/** Types into an input (React listens to the native input event, with the value set natively). */
export function typeInto(input: HTMLInputElement, text: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(input, text);
  input.dispatchEvent(new Event("input", { bubbles: true }));
}
