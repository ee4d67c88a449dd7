// Mounting a component in jsdom and finding things the way a person (or a screen reader) would: by role and name.
import { act, ReactElement } from "react";
import { createRoot, Root } from "react-dom/client";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// jsdom lays nothing out, so it has no ResizeObserver; Fluent's MessageBar observes its own width to reflow.
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

export interface Mounted {
  container: HTMLElement;
  unmount: () => void;
}

export async function mount(element: ReactElement): Promise<Mounted> {
  const container = document.createElement("div");
  document.body.appendChild(container);
  let root!: Root;
  await act(async () => {
    root = createRoot(container);
    root.render(element);
  });
  return {
    container,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Lets pending promises and the renders they cause settle. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => new Promise<void>((r) => setTimeout(r, 0)));
}

export function text(el: Element | null): string {
  return (el?.textContent ?? "").replace(/\s+/g, " ").trim();
}

export function buttons(container: HTMLElement): HTMLButtonElement[] {
  return [...container.querySelectorAll("button")];
}

export function button(container: HTMLElement, name: string): HTMLButtonElement {
  const found = buttons(container).filter((b) => text(b) === name || b.getAttribute("aria-label") === name);
  if (found.length !== 1) throw new Error(`expected one button named ${name}, found ${found.length}`);
  return found[0];
}

export async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.click();
  });
  await settle();
}

/** The form control labelled `label` (Fluent's Field and Checkbox use <label for>). */
export function control<T extends HTMLElement>(container: HTMLElement, label: string): T {
  const labels = [...container.querySelectorAll("label")].filter((l) => text(l) === label);
  if (labels.length === 0) throw new Error(`no label ${label}`);
  const id = labels[0].getAttribute("for");
  const el = id ? container.ownerDocument.getElementById(id) : null;
  if (!el) throw new Error(`label ${label} points at nothing`);
  return el as T;
}

export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await settle();
}
