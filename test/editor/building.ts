import { choose, press, tick, typeInto, type PageWindow } from './support.js';

// An owner's steps in the editor's forms, shared by the tests that build a whole studio file from blank:
// add a question with its options, a technique with its sessions, pick a condition, give points.

export const card = (page: PageWindow, path: string) => {
  const found = page.document.querySelector(`[data-card="${path}"]`);
  if (!found) throw new Error(`no card ${path}`);
  return found;
};

/** Ticks (or unticks) the checkbox labelled `label` inside the element at `within`. */
export function tickLabel(page: PageWindow, within: string, label: string, on = true) {
  const root = page.document.querySelector(`[data-card="${within}"], [data-path="${within}"]`);
  const box = [...(root?.querySelectorAll('label') ?? [])].find((each) => each.textContent!.trim() === label)?.querySelector('input');
  if (!box) throw new Error(`no "${label}" in ${within}`);
  if (box.checked !== on) box.click();
}

export async function addQuestion(page: PageWindow, i: number, id: string, text: string, type: string, options: Array<[string, string]>) {
  press(page, 'Add a question');
  await typeInto(page, `/questions/${i}/text`, text);
  await typeInto(page, `/questions/${i}/id`, id);
  choose(page, `/questions/${i}/type`, type);
  for (const [j, [optionId, label]] of options.entries()) {
    press(page, `Add an option to question ${i + 1}`);
    await typeInto(page, `/questions/${i}/options/${j}/label`, label);
    await typeInto(page, `/questions/${i}/options/${j}/id`, optionId);
  }
}

/** Adds technique `i` with its texts and sessions (`[minutes, price, booking link]` each). */
export async function addTechnique(
  page: PageWindow,
  i: number,
  { id, name, deep = false, sessions }: { id: string; name: string; deep?: boolean; sessions: Array<[number, string, string]> },
) {
  press(page, 'Add a technique');
  const path = `/techniques/${i}`;
  await typeInto(page, `${path}/name`, name);
  await typeInto(page, `${path}/id`, id);
  await typeInto(page, `${path}/description`, `${name}, our way.`);
  await typeInto(page, `${path}/pressure`, deep ? 'Firm' : 'Light');
  await typeInto(page, `${path}/target`, 'Muscles');
  await typeInto(page, `${path}/bestFor`, 'Tension');
  if (deep) tick(page, `${path}/deep`);
  for (const [j, [minutes, price, link]] of sessions.entries()) {
    if (j > 0) press(page, 'Add a session', card(page, path));
    await typeInto(page, `${path}/sessions/${j}/minutes`, String(minutes));
    await typeInto(page, `${path}/sessions/${j}/price`, price);
    await typeInto(page, `${path}/sessions/${j}/bookingUrl`, link);
  }
}

/** A condition at `path`: single-choice question `question` is option `option`. */
export function whenIs(page: PageWindow, path: string, question: string, option: string) {
  choose(page, `${path}/question`, question);
  choose(page, `${path}/equals`, option);
}

/** Points for a rule at `path`: `[item id, points]` each (the first row exists; further rows by "Add points"). */
export async function givePoints(page: PageWindow, path: string, points: Array<[string, number]>) {
  for (const [k, [id, score]] of points.entries()) {
    if (k > 0) press(page, 'Add points', card(page, path));
    const select = card(page, path).querySelectorAll<HTMLSelectElement>('.score select')[k];
    choose(page, select, id);
    await typeInto(page, `${path}/score/${id}`, String(score));
  }
}
