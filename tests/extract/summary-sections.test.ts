import { describe, expect, it } from 'vitest';
import { readStructure } from '../../src/annotate/structure.js';
import { extractText, labelsOf, relationLines } from './helpers.js';

// A bulleted summary written for these tests: short headings, each over its "- …" lines.
const SUMMARY = [
  'Highlights of the county work report',
  'Main targets for 2027',
  '- More than 5,000 new jobs in towns',
  '- 300 new charging stations',
  'River quality',
  '- Dredging the old canal and its side channels',
  '- Implementing a three-year action plan on village sewage',
  'Rural schools',
  '- Training more rural teachers',
].join('\n');

describe('bulleted summaries', () => {
  it('makes a heading directly above item lines the lead of a list', () => {
    const structure = readStructure(SUMMARY);
    expect(structure.lists.map((list) => [list.lead.index, list.items.map((item) => item.index)])).toEqual([
      [1, [2, 3]],
      [4, [5, 6]],
      [7, [8]],
    ]);
  });

  it('reads a heading that names no list as the key area of its items', () => {
    const extraction = extractText(SUMMARY, { title: 'Highlights of the county work report' });
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['River quality', 'Rural schools']);
    expect(relationLines(extraction, 'relatedTo')).toEqual(expect.arrayContaining([
      'River quality -relatedTo-> Dredging the old canal and its side channels',
      'Rural schools -relatedTo-> Training more rural teachers',
    ]));
  });

  it('reads item lines of verbs as tasks, a number joined to a word ("three-year") being no figure', () => {
    const tasks = labelsOf(extractText(SUMMARY, { title: 'Highlights of the county work report' }), 'PriorityTask');
    expect(tasks).toEqual(['Dredging the old canal and its side channels', 'Implementing a three-year action plan on village sewage', 'Training more rural teachers']);
  });

  it('reads item lines that open with a count as count goals, with the qualifier in the value', () => {
    const targets = labelsOf(extractText(SUMMARY, { title: 'Highlights of the county work report' }), 'Target');
    expect(targets).toEqual(['new jobs in towns: more than 5,000', 'new charging stations: 300']);
  });
});

describe('run-in labels of bulleted items', () => {
  it('reads the short label a bullet opens with as a key area', () => {
    const text = ['The plan sets these goals:', '• Water quality The county will restore its rivers and lakes.', '• Rural schools More teachers will be trained for village schools.'].join('\n');
    expect(labelsOf(extractText(text), 'KeyArea')).toEqual(['Water quality', 'Rural schools']);
  });

  it('reads no label from an article or a phrase ending in a preposition', () => {
    const text = ['- The number of Parks is expected to rise.', '- An annual increase of Exports by 5 percent.'].join('\n');
    expect(labelsOf(extractText(text), 'KeyArea')).toEqual([]);
  });
});

describe('item lines that state results', () => {
  it('reads a bullet that opens with a participle as its label, not as a task', () => {
    const text = ['The plan sets these goals:', '• Improved river quality Clean water will reach every village.', '• Rural schools More teachers will be trained.'].join('\n');
    const extraction = extractText(text);
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['Improved river quality', 'Rural schools']);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual([]);
  });
});

describe('labelled item lines ("Label: actions")', () => {
  // Written for these tests: two bullets, each a short field label, a colon, then a series of actions.
  const text = [
    "Riverton's plan has two parts:",
    '• Harbour services: Dredging the inner basin, rebuilding the ferry quays, and extending the cargo berths. Freight volumes are expected to grow.',
    '• Green farming: Cutting fertiliser use, reviving orchard terraces and training young growers.',
  ].join('\n');

  it('marks where a capitalised label of a few words ends, and not in a sentence that only contains a colon', () => {
    const lines = readStructure(text).lines;
    expect(lines.map((line) => (line.labelEnd === undefined ? null : text.slice(line.contentStart, line.labelEnd)))).toEqual([null, 'Harbour services', 'Green farming']);
    expect(readStructure('- The officials said the plan is clear about one thing: growth comes first.').lines[0]!.labelEnd).toBeUndefined();
  });

  it('reads the label as a key area and each action after the colon as a task related to it', () => {
    const extraction = extractText(text);
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['Harbour services', 'Green farming']);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual([
      'Dredging the inner basin',
      'rebuilding the ferry quays',
      'extending the cargo berths',
      'Cutting fertiliser use',
      'reviving orchard terraces',
      'training young growers',
    ]);
    expect(relationLines(extraction, 'relatedTo')).toEqual(expect.arrayContaining(['Harbour services -relatedTo-> rebuilding the ferry quays', 'Green farming -relatedTo-> training young growers']));
  });
});

describe('a targets lead over lines without figures', () => {
  it('reads an imperative line as a task and a gerund or noun line as a state to reach', () => {
    const text = ['The main targets for the next five years are as follows:', '- Restore the wetlands along the lower river and expand the forest belt', '- Optimizing the structure of county industries', '- Cleaner air in every township'].join('\n');
    const extraction = extractText(text);
    // One task per line, as the list sets them out.
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['Restore the wetlands along the lower river and expand the forest belt']);
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['Optimizing the structure of county industries', 'Cleaner air in every township']);
  });
});

describe('a labelled line whose label is an action', () => {
  it('reads the label as a task, and the tasks the sentence after the colon states under a subject of its own', () => {
    const text = ['Riverton District plan', '', '- Build a cluster for talent: The district will improve training schemes, broaden recruitment channels, and strengthen its service brand.'].join('\n');
    const extraction = extractText(text, { title: 'Riverton District plan' });
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['Build a cluster for talent', 'improve training schemes', 'broaden recruitment channels', 'strengthen its service brand']);
    expect(relationLines(extraction, 'relatedTo')).toEqual(expect.arrayContaining(['Build a cluster for talent -relatedTo-> broaden recruitment channels']));
  });

  it('still leaves a partnership ("open new channels with …") to the cooperation reader', () => {
    const extraction = extractText('Riverton will open new channels with Lakeside and improve its ferry services.');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['improve its ferry services']);
  });
});
