// A guest's first load: the server-rendered page is complete (text, links, structured data, a search form that
// submits without JavaScript), so a guest who only reads downloads no React, router or Apollo at all. The app
// (main.tsx) is imported on the first sign of interaction — a pointer over a control, a press, a key, focus, a
// touch — and hydrates the page as it would have on load. A click that comes before the app is ready is held and
// given to the hydrated page, so a link inside the app still navigates in the app (one GraphQL operation) and a
// button still does what it says; text typed meanwhile is handed to the app too.
let booting: Promise<unknown> | null = null;
let interactive = false;
/** What the guest typed before the app took over each field. */
const typed = new Map<HTMLInputElement | HTMLTextAreaElement, string>();

function handOverTyping(): void {
  for (const [field, value] of typed) {
    if (!field.isConnected) continue;
    // React's onChange fires only for a value other than the one it last saw, and hydration may have seen the
    // typed text already (the field then shows it while the app's state is still empty): let React see an
    // empty field, then set the text through the native setter and an input event, so onChange sees it.
    field.value = '';
    const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
    Object.getOwnPropertyDescriptor(prototype.prototype, 'value')?.set?.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  typed.clear();
}

function boot(): Promise<unknown> {
  booting ??= import('./main')
    .then((app) => app.ready)
    .finally(() => {
      interactive = true;
      handOverTyping();
    });
  return booting;
}

const CONTROL = 'a, button, input, textarea, select, summary, label, [role="button"], [tabindex]';
addEventListener(
  'pointerover',
  (event) => {
    if (!booting && event.target instanceof Element && event.target.closest(CONTROL)) void boot();
  },
  { capture: true, passive: true },
);
for (const type of ['pointerdown', 'keydown', 'focusin', 'touchstart', 'change']) {
  addEventListener(type, () => void boot(), { capture: true, passive: true, once: true });
}

addEventListener(
  'input',
  (event) => {
    const field = event.target;
    if (!interactive && (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) {
      typed.set(field, field.value);
    }
  },
  { capture: true },
);

addEventListener(
  'click',
  (event) => {
    if (interactive || !(event.target instanceof Element) || event.button !== 0) return;
    // New tab or window: the browser's own business.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // A tap on an icon lands on its SVG, which has no click(): the control around it takes it.
    const target =
      event.target.closest<HTMLElement>(CONTROL) ??
      (event.target instanceof HTMLElement ? event.target : null);
    if (!target) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    // Hydration may have replaced the element (a part rendered afresh in the browser): then the click goes to
    // what is at the same place now.
    const { clientX, clientY } = event;
    void boot().then(() => {
      if (target.isConnected) return target.click();
      const now = document.elementFromPoint(clientX, clientY)?.closest<HTMLElement>(CONTROL);
      now?.click();
    });
  },
  { capture: true },
);

// Enter in a field before the app is ready: held like a click, then the form is submitted by the app once the
// typing is handed over (otherwise an Enter between hydration and the hand-over submits an empty field).
addEventListener(
  'keydown',
  (event) => {
    const field = event.target;
    if (interactive || event.key !== 'Enter' || !(field instanceof HTMLInputElement) || !field.form) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const form = field.form;
    // After the hand-over's input events have re-rendered the form (a task later).
    void boot().then(() => setTimeout(() => form.isConnected && form.requestSubmit(), 0));
  },
  { capture: true },
);
