// Keyboard use: "/" focuses the search box (unless typing elsewhere), Escape clears the search or
// the selection and leaves the field.
import type { App } from "./app.ts";

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !["checkbox", "radio", "range", "button", "file"].includes(target.type)));

export function bindKeyboard(app: App, search: HTMLInputElement): void {
  document.addEventListener("keydown", (event) => {
    if (event.key === "/" && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
      event.preventDefault();
      search.focus();
      search.select();
    } else if (event.key === "Escape") {
      if (event.target instanceof HTMLElement && event.target !== document.body) event.target.blur();
      app.store.select(undefined);
    }
  });
}
