import { describe, expect, it } from 'vitest';
import { entityByLabel, extractText, labelsOf } from './helpers.js';

// Plan-style lines written for these tests: tasks stated as imperatives, the way official
// translations of plan documents write them.
describe('tasks stated as imperatives', () => {
  it('reads dashed item lines that open with a capitalised verb, an adverb, or hold concepts of their own', () => {
    const text = [
      'The plan sets these goals for the coming years.',
      '-- Foster new strengths of the river port by dredging the channel.',
      '-- Vigorously launch regional science projects.',
      '-- Further implement the "Clean Coast" programme and focus on fishing innovation.',
    ].join('\n\n');
    const tasks = labelsOf(extractText(text), 'PriorityTask');
    expect(tasks).toContain('Vigorously launch regional science projects');
    expect(tasks).toContain('Further implement the "Clean Coast" programme and focus on fishing innovation');
  });

  it('reads tasks after "we will" with an adverb the tagger knows', () => {
    const tasks = labelsOf(extractText('We will thoroughly carry out the clean water strategy, steadily widen rural clinics, and raise the quality of schools.'), 'PriorityTask');
    expect(tasks).toEqual(['carry out the clean water strategy', 'steadily widen rural clinics', 'raise the quality of schools']);
  });

  it('reads an imperative sentence of several verb phrases as tasks', () => {
    const tasks = labelsOf(extractText('The county sets out its health work. Strengthen village clinics, improve the training of nurses, and prevent and control seasonal diseases.'), 'PriorityTask');
    expect(tasks).toEqual(['Strengthen village clinics', 'improve the training of nurses', 'prevent and control seasonal diseases']);
  });

  it('reads an imperative sentence of one verb phrase as a task, also after "And", but no task from a statement or a purpose', () => {
    expect(labelsOf(extractText('The county sets out its health work. Strengthen village clinics.'), 'PriorityTask')).toEqual(['Strengthen village clinics']);
    expect(labelsOf(extractText('The county sets out its health work. And widen the river ferry in Hanxi.'), 'PriorityTask')).toEqual(['widen the river ferry in Hanxi']);
    expect(labelsOf(extractText('To ease traffic, the county has two plans.'), 'PriorityTask')).toEqual([]);
    expect(labelsOf(extractText('Officials visited the clinics, met nurses and toured schools.'), 'PriorityTask')).toEqual([]);
  });
});

describe('a positioning goal stated with a verb of building', () => {
  it('reads "build a <goal>" in a task list as the goal, not a task', () => {
    const extraction = extractText('Lakeside will build a regional shipping center, develop a nationwide logistics hub and train more nurses.');
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['regional shipping center', 'nationwide logistics hub']);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['train more nurses']);
  });

  it('keeps "build the <named project>" a task', () => {
    expect(labelsOf(extractText('Lakeside will build the river tunnel and widen the old harbour.'), 'PriorityTask')).toEqual(['build the river tunnel', 'widen the old harbour']);
  });
});

describe('a zone named as a goal', () => {
  it('reads "become a demonstration area for …" as a positioning goal, not a named programme', () => {
    const extraction = extractText('The district will strive to become a demonstration area for river tourism and a leading area for fisheries.');
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['demonstration area for river tourism', 'leading area for fisheries']);
    expect(labelsOf(extraction, 'Initiative')).toEqual([]);
  });

  it('keeps a zone named outside a goal a programme', () => {
    expect(labelsOf(extractText('The county opened the coastal revival demonstration zone in May.'), 'Initiative')).toEqual(['coastal revival demonstration zone']);
  });
});

describe('lists of industries after "involving" and under "technologies"', () => {
  it('reads the sectors a list involves, and the technologies a list includes, as industries of a group', () => {
    const extraction = extractText('-- Nurture high-tech sectors involving sensors, drones and smart textiles.\n\n-- Make breakthroughs in core technologies including new batteries, marine drugs and satellite navigation.');
    expect(labelsOf(extraction, 'Industry')).toEqual(['sensors', 'drones', 'smart textiles', 'new batteries', 'marine drugs', 'satellite navigation']);
    expect(labelsOf(extraction, 'Group')).toEqual(['high-tech sectors', 'core technologies']);
  });
});

describe('the means after "by"', () => {
  it('reads "will <task> by <gerund> and <gerund>" as the task and each means, an adverb before the gerund kept as another name', () => {
    const extraction = extractText('Riverton will bolster rural schools by steadily training young teachers and rebuilding village classrooms.');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['bolster rural schools', 'training young teachers', 'rebuilding village classrooms']);
    expect(entityByLabel(extraction, 'PriorityTask', 'training young teachers')?.aliases).toContain('steadily training young teachers');
  });
});
