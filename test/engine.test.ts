import { expect } from '@open-wc/testing';
import { recommend } from '../src/engine/recommend.js';
import type { Answers, Rules } from '../src/rules/types.js';

// The default rules as shipped, fetched from the test server like a host page would.
const rules: Rules = await (await fetch('/rules/default.json')).json();

const calm: Answers = { safety: ['none'], area: ['lower-back'], duration: 'weeks', pressure: 'medium', first: 'no' };
const pick = (answers: Answers) => recommend(rules, { ...calm, ...answers });

describe('recommend() with the default rules (golden cases from the seeds)', () => {
  it('gives Ashiatsu to someone who wants deep pressure but found deep tissue too pokey', () => {
    const result = pick({ pressure: 'pokey', feel: ['ache'], duration: 'months' });
    expect(result.technique?.id).to.equal('ashiatsu');
    expect(result.reasons.join(' ')).to.contain('without sharp points');
  });

  it('gives trigger point therapy for a sharp knot with pain radiating elsewhere', () => {
    expect(pick({ feel: ['knot', 'radiating'] }).technique?.id).to.equal('trigger-point');
  });

  it('gives myofascial release for repetitive strain, limited range, or pain that moves around', () => {
    expect(pick({ lifestyle: ['repetitive'], feel: ['ache'] }).technique?.id).to.equal('myofascial-release');
    expect(pick({ feel: ['stiff'] }).technique?.id).to.equal('myofascial-release');
    expect(pick({ area: ['moves'], feel: ['ache'] }).technique?.id).to.equal('myofascial-release');
  });

  it('gives Swedish to a first-timer whose tension comes from stress', () => {
    const result = pick({ feel: ['stress'], first: 'yes' });
    expect(result.technique?.id).to.equal('swedish');
    expect(result.reasons.join(' ')).to.contain('stress').and.to.contain('first massage');
  });

  it('gives deep tissue for chronic deep knots when firm pressure is wanted, with hot stones', () => {
    const result = pick({ duration: 'years', feel: ['knot', 'ache'], pressure: 'firm' });
    expect(result.technique?.id).to.equal('deep-tissue');
    expect(result.addOns.map((addOn) => addOn.id)).to.include('hot-stones');
    expect(result.alternatives.map((t) => t.id)).to.deep.equal(['trigger-point', 'ashiatsu']);
  });

  it('adds CBD oil when the area is inflamed', () => {
    const result = pick({ feel: ['ache', 'inflamed'] });
    expect(result.addOns[0].id).to.equal('cbd-oil');
  });

  it('refers on a fever whatever else was answered: no technique, no booking', () => {
    const result = pick({ safety: ['fever'], pressure: 'pokey', feel: ['knot'], duration: 'years' });
    expect(result.status).to.equal('refer');
    expect(result.technique).to.equal(null);
    expect(result.bookingUrl).to.equal(null);
    expect(result.message).to.contain('wait until you have recovered'); // 001: a fever, wait until you have recovered
  });

  it('treats every red flag of the screen as a referral, and one-sided symptoms as an emergency', () => {
    const screen = rules.questions.find((question) => question.id === 'safety')!;
    if (screen.type === 'scale') throw new Error('the screen is a choice question');
    for (const option of screen.options.filter((o) => o.redFlag)) {
      const result = pick({ safety: [option.id], pressure: 'firm', feel: ['knot', 'ache'] });
      expect(result.status, option.id).to.equal('refer');
      expect(result.urgent, option.id).to.equal(option.id === 'sudden');
    }
  });

  it('never recommends an excluded technique, and fails safe on an exclusion naming an unknown one', () => {
    const gentle = structuredClone(rules);
    gentle.safety!.push({
      id: 'gentle-when-inflamed',
      when: { question: 'feel', includesAny: ['inflamed'] },
      action: 'exclude',
      exclude: ['deep-tissue', 'trigger-point', 'ashiatsu'],
      message: 'Kept gentle while inflamed.',
    });
    const answers = { ...calm, feel: ['knot', 'inflamed'], pressure: 'firm', duration: 'years', onset: 'no' };
    const result = recommend(gentle, answers);
    expect(result.status).to.equal('recommended');
    expect(result.technique?.deep).to.equal(false);
    expect(result.excluded).to.deep.equal(['deep-tissue', 'trigger-point', 'ashiatsu']);
    expect(result.message).to.equal('Kept gentle while inflamed.');
    gentle.safety![gentle.safety!.length - 1].exclude = ['deep-tisue'];
    expect(recommend(gentle, answers).technique?.deep).to.equal(false);
  });

  it('never gives deep pressure while the red-flag screen is unanswered', () => {
    const { safety, ...unscreened } = { ...calm, pressure: 'firm', feel: ['knot', 'ache'], duration: 'years' };
    void safety;
    expect(recommend(rules, { ...unscreened, safety: ['none'] }).technique?.id).to.equal('deep-tissue');
    const result = recommend(rules, unscreened);
    expect(result.status).to.equal('recommended');
    expect(result.technique?.deep).to.equal(false);
    expect(result.excluded).to.deep.equal(['deep-tissue', 'trigger-point', 'ashiatsu']);
    // Also when the screen's id is a name every object inherits.
    const renamed = JSON.parse(JSON.stringify(rules).replaceAll('"safety"', '"constructor"').replace('"constructor":[', '"safety":['));
    expect(recommend(renamed, { ...unscreened, constructor: ['none'] }).technique?.id).to.equal('deep-tissue');
    expect(recommend(renamed, { ...unscreened, constructor: ['fever'] }).status).to.equal('refer');
    expect(recommend(renamed, unscreened).technique?.deep).to.equal(false);
  });

  it('lets a red-flag question hidden by its showIf pass, but not one that is shown and unanswered', () => {
    const withFollowUp = structuredClone(rules);
    withFollowUp.questions.push({
      id: 'event-injury',
      type: 'single',
      text: 'Were you hurt at your last event?',
      showIf: { question: 'lifestyle', includesAny: ['event'] },
      options: [
        { id: 'yes', label: 'Yes', redFlag: true },
        { id: 'no', label: 'No' },
      ],
    });
    const knots = { ...calm, pressure: 'firm', feel: ['knot', 'ache'], duration: 'years' };
    expect(recommend(withFollowUp, { ...knots, lifestyle: ['desk'] }).technique?.id).to.equal('deep-tissue'); // hidden: passes
    expect(recommend(withFollowUp, { ...knots, lifestyle: ['event'] }).technique?.deep).to.equal(false); // shown, unanswered
    expect(recommend(withFollowUp, { ...knots, lifestyle: ['event'], 'event-injury': 'no' }).technique?.id).to.equal('deep-tissue');
    expect(recommend(withFollowUp, { ...knots, lifestyle: ['event'], 'event-injury': 'yes' }).status).to.equal('refer');
  });

  it('picks the plan from how long it has hurt, and a pre-event plan before an event', () => {
    expect(pick({ duration: 'days', feel: ['knot'] }).plan?.id).to.equal('acute');
    expect(pick({ duration: 'days', onset: 'strain', feel: ['knot'] }).plan?.frequency).to.match(/^Wait 48–72 hours/);
    expect(pick({ duration: 'years', feel: ['ache'] }).plan?.id).to.equal('chronic');
    expect(pick({ lifestyle: ['training', 'event'], feel: ['ache'] }).plan?.frequency).to.contain('48 hours before');
    expect(pick({ lifestyle: ['event'], feel: ['ache'] }).plan?.id, 'pre-event is for people who train').to.equal('weeks');
  });

  it('lists the aftercare tips from the seeds', () => {
    const tips = pick({ lifestyle: ['desk'], feel: ['stress'] }).aftercare.join(' ');
    for (const words of ['2 litres', '5 minutes', '10 minutes', 'every hour', 'soreness']) expect(tips).to.contain(words);
  });

  it('builds a safe booking link with the add-ons as parameters, and drops unsafe links', () => {
    const studio = { ...rules, studio: { bookingUrl: 'https://studio.example/book' } };
    const answers = { ...calm, duration: 'years', feel: ['knot', 'ache'], pressure: 'firm' };
    expect(recommend(studio, answers).bookingUrl).to.equal('https://studio.example/book?technique=deep-tissue&minutes=60&addon=hot-stones');
    expect(recommend({ ...rules, studio: { bookingUrl: ' JaVaScRiPt:alert(1)' } }, answers).bookingUrl).to.equal(null);
    expect(recommend(rules, answers).bookingUrl).to.equal(null);
  });

  it('is deterministic and ignores unknown or malformed answers', () => {
    const odd = { ...calm, feel: ['stress', 'no-such-option', 7], pressure: ['firm'], nope: 'x', first: 'yes' } as unknown as Answers;
    const first = recommend(rules, odd);
    expect(recommend(rules, odd)).to.deep.equal(first);
    expect(first.answers).to.not.have.property('nope');
    expect(first.answers).to.not.have.property('pressure');
    expect(first.answers.feel).to.deep.equal(['stress']);
    expect(recommend(rules, null).technique?.id).to.equal('swedish');
  });
});
