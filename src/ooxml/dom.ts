// Walking a parsed WordprocessingML DOM (@xmldom/xmldom): child elements, and w: elements by name.

import type { Element, Node } from "@xmldom/xmldom";
import { W_NS } from "./wordml";

/** The element children of a node, in order. */
export function elements(parent: Node): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

/** The first child element with this namespace and local name. */
export function firstChild(parent: Node, ns: string, local: string): Element | undefined {
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === local) return n as Element;
  }
  return undefined;
}

/** Whether the element is w:<local>. */
export function isW(el: Element, local: string): boolean {
  return el.namespaceURI === W_NS && el.localName === local;
}

/** The first w:<local> child element. */
export function wChild(parent: Element, local: string): Element | undefined {
  return firstChild(parent, W_NS, local);
}

/** The value of attribute w:<name>, if the element and the attribute are there. */
export function wAttr(el: Element | undefined, name: string): string | undefined {
  if (!el) return undefined;
  return el.getAttributeNS(W_NS, name) ?? el.getAttribute(`w:${name}`) ?? undefined;
}
