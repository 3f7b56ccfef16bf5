import { describe, expect, it } from 'vitest';
import { extractText, labelsOf } from './helpers.js';

describe('the plan a document is about', () => {
  it.each([
    ['a dateline credit does not hide the first sentence', "LANZHOU, Jan. 8 (Xinhua) -- Gansu province has adopted proposals for the 15th Five-Year Plan (2026-2030).\nOfficials spoke.", { place: 'Gansu', title: 'Gansu adopts proposals' }, 'Gansu 15th Five-Year Plan', 2026],
    ['the title names the plan when the body does not', 'Officials outlined the goals.', { title: 'Jilin unveils 15th Five-Year Plan proposals' }, '15th Five-Year Plan', 2026],
    ['a background plan does not win a tie', "Hubei's proposals for the 15th Five-Year Plan were released. During the 14th Five-Year Plan period (2021-2025), Hubei's GDP grew.", { place: 'Hubei', title: 'Hubei plan' }, 'Hubei 15th Five-Year Plan', 2026],
  ])('%s', (_name, text, overrides, label, periodStart) => {
    const extraction = extractText(text, overrides);
    expect(labelsOf(extraction, 'Plan')).toEqual([label]);
    // The period decides which figures are background: a 2024 figure is, a 2030 one is not.
    const withTarget = extractText(`${text}\nGDP is expected to reach 9 trillion yuan by ${periodStart + 4}.`, overrides);
    expect(withTarget.entities.filter((entity) => entity.entityType === 'Target').map((entity) => entity.target?.year)).toEqual([periodStart + 4]);
  });

  it('still treats a photo credit line as a caption', () => {
    const extraction = extractText('Hubei plans ahead.\nWorkers at a plant in Wuhan, Hubei province. (Xinhua)', { place: 'Hubei' });
    expect(labelsOf(extraction, 'Place')).toEqual(['Hubei']);
  });
});

describe('event dates stay in their clause', () => {
  it('does not give a session the date of a later press conference', () => {
    const extraction = extractText('The proposals, adopted at a plenary session of the CPC Fujian Provincial Committee in late November, were presented at a press conference held by the Fujian provincial government on Friday.');
    expect(labelsOf(extraction, 'Event')).toEqual(['plenary session of the CPC Fujian Provincial Committee', 'press conference on Friday']);
  });

  it('still dates a conference by a date written before it', () => {
    const extraction = extractText('Officials said on Tuesday that a press conference in Kunming had gone well.');
    expect(labelsOf(extraction, 'Event')).toEqual(['press conference on Tuesday']);
  });
});
