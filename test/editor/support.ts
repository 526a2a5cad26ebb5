import { oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/massage-selector.js';
import type { MassageSelector } from '../../src/massage-selector.js';
import { sendKeys } from '@web/test-runner-commands';

// The rules editor as built (dist/editor/), opened in a frame the way an owner opens it, and the owner's
// actions: typing into a field, pressing a button, choosing from a list, opening a file, downloading.

export type PageWindow = Window & typeof globalThis;

/** Opens the built editor as a first visit (no draft kept), 1280 px wide unless told; `allow`: the frame's permissions policy. */
export async function openEditor(width = 1280, { allow = '' } = {}): Promise<PageWindow> {
  localStorage.removeItem('massage-selector-editor:draft');
  const frame = document.createElement('iframe');
  if (allow) frame.allow = allow;
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  document.body.append(frame);
  const page = await new Promise<PageWindow>((resolve) => {
    frame.addEventListener('load', () => resolve(frame.contentWindow as PageWindow), { once: true });
    frame.src = '/dist/editor/index.html';
  });
  await waitUntil(() => status(page).startsWith('No problems'), 'the editor opens on the built-in rules', { timeout: 8000 });
  return page;
}

export const status = (page: PageWindow) => page.document.getElementById('status')?.textContent ?? '';
export const widget = (page: PageWindow) => page.document.querySelector('#preview massage-selector') as HTMLElement | null;

/** The form control for a JSON pointer. */
export function fieldAt(page: PageWindow, path: string): HTMLInputElement {
  const control = page.document.querySelector<HTMLInputElement>(`#forms [data-path="${path}"]`);
  if (!control) throw new Error(`no field for ${path}`);
  return control;
}

/** Types into the field for `path` with real key presses, replacing what it held. */
export async function typeInto(page: PageWindow, path: string, text: string) {
  const control = fieldAt(page, path);
  control.focus();
  control.select?.();
  if (control.value) await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
}

/** Presses the button whose text (or accessible name) is `label`, in `within` or the whole page. */
export function press(page: PageWindow, label: string, within: ParentNode = page.document) {
  const button = [...within.querySelectorAll<HTMLButtonElement>('button')].find(
    (each) => each.getAttribute('aria-label') === label || each.textContent!.trim() === label,
  );
  if (!button) throw new Error(`no button "${label}"`);
  button.click();
}

/** Chooses `value` in the select for `path` (or the given select), as picking it from the list does. */
export function choose(page: PageWindow, select: string | HTMLSelectElement, value: string) {
  const control = typeof select === 'string' ? (fieldAt(page, select) as unknown as HTMLSelectElement) : select;
  if (![...control.options].some((option) => option.value === value)) throw new Error(`no option ${value}`);
  control.value = value;
  control.dispatchEvent(new page.Event('change', { bubbles: true }));
}

/** Ticks or unticks the checkbox for `path`. */
export function tick(page: PageWindow, path: string, on = true) {
  const box = fieldAt(page, path);
  if (box.checked !== on) box.click();
}

/** Opens a file as the picker does: `name` with `text`. */
export function openFile(page: PageWindow, name: string, text: string) {
  const input = page.document.getElementById('file') as HTMLInputElement;
  const files = new page.DataTransfer();
  files.items.add(new page.File([text], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new page.Event('change', { bubbles: true }));
}

/** Presses Download and returns the file the browser was given: its name and text. */
export async function download(page: PageWindow): Promise<{ name: string; text: string }> {
  const saved = new Promise<{ name: string; href: string }>((resolve) => {
    const keep = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (!link.matches('a[download]')) return;
      event.preventDefault(); // the test keeps the file instead of saving it to disk
      page.document.removeEventListener('click', keep, true);
      resolve({ name: link.download, href: link.href });
    };
    page.document.addEventListener('click', keep, true);
  });
  page.document.getElementById('download')!.click();
  const { name, href } = await saved;
  return { name, text: await (await page.fetch(href)).text() };
}

/** Waits until the editor has checked the latest change and shows `state`. */
export const settled = (page: PageWindow, expected: (text: string) => boolean, message: string) =>
  waitUntil(() => expected(status(page)), message, { timeout: 5000 });

/** A studio page's widget loading `text` (a downloaded rules file) by `src`, once it is ready. */
export async function widgetBySrc(text: string): Promise<MassageSelector> {
  const element = document.createElement('massage-selector') as MassageSelector;
  const ready = oneEvent(element, 'ready');
  element.setAttribute('src', URL.createObjectURL(new Blob([text], { type: 'application/json' })));
  document.body.append(element);
  await ready;
  await element.updateComplete;
  return element;
}
