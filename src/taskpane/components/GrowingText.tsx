// A text field that wraps long text and grows with it (320 px is narrow: checklist items, 诉求/争议/
// 共识 lines, agenda items). Enter is left to the caller (list lines add the next line with it), so a
// line holds no line breaks.
import { makeStyles, Textarea, type TextareaProps } from "@fluentui/react-components";
import { forwardRef, useCallback, useLayoutEffect, useRef, type ForwardedRef } from "react";

const useStyles = makeStyles({
  root: { minWidth: 0, width: "100%" },
  // One line high when empty; the height follows the content (set below).
  text: { minHeight: "0", height: "auto", overflowY: "hidden", resize: "none", lineHeight: "20px", paddingTop: "5px", paddingBottom: "5px" },
});

function setRefs<T>(el: T | null, ...refs: (ForwardedRef<T> | { current: T | null } | undefined)[]) {
  for (const ref of refs) {
    if (typeof ref === "function") ref(el);
    else if (ref) ref.current = el;
  }
}

export const GrowingText = forwardRef<HTMLTextAreaElement, Omit<TextareaProps, "resize" | "rows"> & { multiline?: boolean }>(function GrowingText(
  { className, value, multiline, ...rest },
  ref,
) {
  const styles = useStyles();
  const own = useRef<HTMLTextAreaElement | null>(null);
  const fit = useCallback(() => {
    const el = own.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${el.scrollHeight}px`;
  }, []);
  useLayoutEffect(fit, [value, fit]);
  useLayoutEffect(() => {
    // The width changes when the pane is resized: the wrapped height with it.
    if (typeof ResizeObserver === "undefined" || !own.current) return;
    const observer = new ResizeObserver(fit);
    observer.observe(own.current);
    return () => observer.disconnect();
  }, [fit]);
  return (
    <Textarea
      {...rest}
      value={value}
      rows={multiline ? 3 : 1}
      resize="none"
      className={className ? `${styles.root} ${className}` : styles.root}
      textarea={{ ref: (el: HTMLTextAreaElement | null) => setRefs(el, own, ref), className: styles.text }}
    />
  );
});
