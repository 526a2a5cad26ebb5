import type { MassageSelector } from '../../src/massage-selector.js';

/** What test/hardening/pages/recorder.js records in a page. */
export interface RecordedHostLog {
  violations: string[];
  errors: string[];
  rejections: string[];
  warnings: string[];
  resources: string[];
  globalsBefore: string[];
}

export type HostWindow = Window & typeof globalThis & { hostLog: RecordedHostLog };

/** Opens a real page in an iframe and resolves with its window once it has loaded. */
export function openFrame(path: string): Promise<HostWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '900px';
  document.body.append(frame);
  return new Promise((resolve) => {
    frame.addEventListener('load', () => resolve(frame.contentWindow as HostWindow), { once: true });
    frame.src = path;
  });
}

/** Opens a page of test/hardening/pages/ in an iframe. */
export const openPage = (name: string) => openFrame(`/test/hardening/pages/${name}`);

/** The widget of a page, once its first question is on screen. */
export async function widgetIn(page: HostWindow): Promise<MassageSelector> {
  await page.customElements.whenDefined('massage-selector');
  const element = page.document.querySelector('massage-selector') as MassageSelector;
  for (let tries = 0; tries < 100 && !element.shadowRoot?.querySelector('legend'); tries++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return element;
}
