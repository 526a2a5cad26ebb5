import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { answerAll, defaultSelector, settle, shadow, stressedDeskWorker, watchHostPage } from '../support/index.js';
import type { BookEvent, MassageSelector } from '../../src/massage-selector.js';

// Finding 7 of the second hardening round: every way a visitor follows the Book link fires `book` first, and the
// host's preventDefault() keeps the link from being followed. A hash-only link (a template filled by the widget)
// keeps the test page where it is even if it were followed; a listener on window, last in line, sees whether the
// widget let the browser follow it and then stops it itself.

/** The widget at its result, with a Book link to `#booked-swedish`. */
async function atResult() {
  const element = await defaultSelector();
  element.setAttribute('booking-url', '#booked-{technique}');
  await answerAll(element, stressedDeskWorker);
  const link = shadow(element).querySelector<HTMLAnchorElement>('a[part~="book"]')!;
  expect(link.getAttribute('href')).to.equal('#booked-swedish');
  return { element, link };
}

/** Whether the browser would have followed the link: the last listener of `type` sees defaultPrevented, then stops it. */
function watchFollow(type: 'click' | 'auxclick') {
  const seen: boolean[] = [];
  const last = (event: Event) => {
    if ((event.target as Element).localName !== 'massage-selector') return;
    seen.push(!event.defaultPrevented);
    event.preventDefault();
  };
  window.addEventListener(type, last);
  return { seen, stop: () => window.removeEventListener(type, last) };
}

/** Where the centre of the link is, in the top page's CSS pixels (what sendMouse takes). */
function centre(link: Element): [number, number] {
  const box = link.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

const cancelBook = (element: MassageSelector) => {
  const booked: BookEvent[] = [];
  element.addEventListener('book', (event) => (booked.push(event), event.preventDefault()));
  return booked;
};

describe('Book: book fires first, whichever way the visitor follows the link', () => {
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  it('a middle-click fires book, and the host’s preventDefault() keeps the new tab from opening', async () => {
    const { element, link } = await atResult();
    const booked = cancelBook(element);
    const follow = watchFollow('auxclick');
    link.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'click', position: centre(link), button: 'middle' });
    await settle();
    follow.stop();
    expect(booked.map((event) => event.detail.technique.id)).to.deep.equal(['swedish']);
    expect(follow.seen).to.deep.equal([false]);
    expect(location.hash).to.equal('');
  });

  it('a middle-click the host allows fires book once and leaves the browser to open the link', async () => {
    const { element, link } = await atResult();
    const booked: string[] = [];
    element.addEventListener('book', (event) => booked.push(event.detail.bookingUrl!));
    const follow = watchFollow('auxclick');
    link.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'click', position: centre(link), button: 'middle' });
    await settle();
    follow.stop();
    expect(booked).to.deep.equal(['#booked-swedish']);
    expect(follow.seen).to.deep.equal([true]);
  });

  it('a right-click is not a booking: the context menu is the browser’s', async () => {
    const { element, link } = await atResult();
    const booked = cancelBook(element);
    link.scrollIntoView({ block: 'center' });
    await sendMouse({ type: 'click', position: centre(link), button: 'right' });
    await settle();
    await sendKeys({ press: 'Escape' });
    expect(booked).to.deep.equal([]);
  });

  for (const key of ['Control', 'Meta', 'Shift']) {
    it(`a ${key}-click fires book, and preventDefault() keeps the link from opening`, async () => {
      const { element, link } = await atResult();
      const booked = cancelBook(element);
      const follow = watchFollow('click');
      link.scrollIntoView({ block: 'center' });
      await sendKeys({ down: key });
      try {
        await sendMouse({ type: 'click', position: centre(link) });
      } finally {
        await sendKeys({ up: key });
      }
      await settle();
      follow.stop();
      expect(booked.map((event) => event.detail.technique.id)).to.deep.equal(['swedish']);
      expect(follow.seen).to.deep.equal([false]);
      expect(location.hash).to.equal('');
    });
  }

  it('a host that resets the widget in a capturing click listener: nothing thrown, no book, the link not followed', async () => {
    const { element, link } = await atResult();
    const log = watchHostPage();
    const booked = cancelBook(element);
    const reset = (event: Event) => (event.target as Element).localName === 'massage-selector' && element.reset();
    document.addEventListener('click', reset, true);
    const follow = watchFollow('click');
    try {
      link.click();
      await settle();
    } finally {
      document.removeEventListener('click', reset, true);
      follow.stop();
      log.stop();
    }
    expect(log.errors).to.deep.equal([]);
    expect(booked).to.deep.equal([]);
    expect(follow.seen).to.deep.equal([false]);
    expect(location.hash).to.equal('');
    await element.updateComplete;
    expect(shadow(element).querySelector('fieldset'), 'back at the first question').to.not.equal(null);
  });

  it('a plain click still fires one book with the technique, add-ons and link', async () => {
    const { element, link } = await atResult();
    const booked = oneEvent(element, 'book') as Promise<BookEvent>;
    element.addEventListener('book', (event) => event.preventDefault());
    const follow = watchFollow('click');
    link.click();
    const { detail } = await booked;
    follow.stop();
    expect(detail.technique.id).to.equal('swedish');
    expect(detail.bookingUrl).to.equal('#booked-swedish');
    expect(follow.seen).to.deep.equal([false]);
  });
});
