import { describe, expect, it } from 'vitest';
import { entityByLabel, extractText, labelsOf, relationLines } from './helpers.js';

// Plan-style sentences written for these tests; each shows one structure the chunk readers read.
describe('verb-phrase task lists', () => {
  it.each([
    ['a modal and three verb phrases', 'Lakeside will widen its harbour, train more nurses, and restore the old canal.', ['widen its harbour', 'train more nurses', 'restore the old canal']],
    ['"is to" and a shared object', 'The province is to consolidate and upgrade its fishing fleets and promote the growth of river tourism.', ['consolidate and upgrade its fishing fleets', 'promote the growth of river tourism']],
    ['a time frame after the last task', 'Lakeside will plant new forests and clean its rivers by 2030.', ['plant new forests', 'clean its rivers']],
    ['a reporting clause after the last task', 'Lakeside will widen its harbour and improve living standards, officials said on Monday.', ['widen its harbour', 'improve living standards']],
    ['an effort phrase before the verb', 'Lakeside will redouble efforts to train more nurses and restore the old canal.', ['train more nurses', 'restore the old canal']],
    ['a number word joined to a word, which is no figure', 'Lakeside will optimize its three-dimensional transport network and build a one-stop service hall.', ['optimize its three-dimensional transport network', 'build a one-stop service hall']],
    ['a verb before a participle the tagger reads as a verb', 'The county will renew old markets, foster advanced seed farms, and widen the harbour road.', ['renew old markets', 'foster advanced seed farms', 'widen the harbour road']],
    ['a gerund noun before "and"', 'Lakeside will speed up its harbour upgrading and promote river tourism.', ['speed up its harbour upgrading', 'promote river tourism']],
    ['a participle that qualifies, not a task', 'Lakeside will host the River Fair, known as the summer market, and open a ferry line.', ['host the River Fair', 'open a ferry line']],
  ])('%s', (_name, text, tasks) => {
    expect(labelsOf(extractText(text), 'PriorityTask')).toEqual(tasks);
  });

  it.each([
    ['a subject that is not the plan', 'Officials will visit the harbour and meet the fishermen.'],
    ['partnerships', 'Lakeside will deepen cooperation with Hillview and strengthen ties with Riverton.'],
    ['a figure in the clause', 'Lakeside will keep growth at about 5 percent and raise incomes by 6 percent.'],
  ])('reads no tasks from %s', (_name, text) => {
    expect(labelsOf(extractText(text), 'PriorityTask')).toEqual([]);
  });

  it.each([
    ['a single verb phrase', 'Lakeside will widen its harbour.', ['widen its harbour']],
    ['verbs inside an embedded clause, one task', 'The city will help local firms expand abroad and strengthen their brands.', ['help local firms expand abroad and strengthen their brands']],
  ])('reads one task from %s', (_name, text, tasks) => {
    expect(labelsOf(extractText(text), 'PriorityTask')).toEqual(tasks);
  });

  it('reads a focus cue followed by more verbs as the first of the tasks', () => {
    const text = 'The county will focus on the renewal of its old quarter, widen the ring road, promote river tourism and further improve its schools.';
    const extraction = extractText(text);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['focus on the renewal of its old quarter', 'widen the ring road', 'promote river tourism', 'further improve its schools']);
    expect(labelsOf(extraction, 'KeyArea')).toEqual([]);
  });

  it('keeps a focus list of areas when the items are noun phrases with modifiers', () => {
    const extraction = extractText('Lakeside will focus on marine research, advanced shipbuilding and coastal tourism.');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual([]);
    expect(labelsOf(extraction, 'KeyArea').length + labelsOf(extraction, 'Industry').length).toBe(3);
  });

  it('splits tasks whose verbs the tagger reads as nouns ("rank", "top")', () => {
    const text = 'The county will strive to keep its lead in farm output, rank among the best counties for air quality, top the list of tidy towns and achieve real progress in the building of clinics.';
    expect(labelsOf(extractText(text), 'PriorityTask')).toEqual([
      "keep its lead in farm output",
      'rank among the best counties for air quality',
      'top the list of tidy towns',
    ]);
    // Progress to be achieved is a state the plan sets as a goal (see "goal states" below).
    expect(labelsOf(extractText(text), 'KeyArea')).toEqual(['real progress in the building of clinics']);
  });

  it('types the means after "by" as tasks, and as measures when they serve a positioning goal', () => {
    const direction = extractText('The county will work toward cleaner growth by restoring its wetlands, planting hill forests and closing old kilns.');
    expect(labelsOf(direction, 'PriorityTask')).toEqual(['restoring its wetlands', 'planting hill forests', 'closing old kilns']);
    expect(labelsOf(direction, 'KeyArea')).toEqual(['cleaner growth']);
    // A role the place already holds is strengthened by tasks; the role itself is the goal, without the means.
    const role = extractText('The town will strengthen its role as a regional grain hub by widening its depots and training more traders.');
    expect(labelsOf(role, 'PriorityTask')).toEqual(['widening its depots', 'training more traders']);
    expect(labelsOf(role, 'KeyArea')).toEqual(['regional grain hub']);
    expect(labelsOf(role, 'Initiative')).toEqual([]);
    const goal = extractText('The county aims to build itself into a regional trade hub by hosting more fairs and opening new ferry routes.');
    expect(labelsOf(goal, 'Initiative')).toEqual(['hosting more fairs', 'opening new ferry routes']);
  });

  it('reads a series of infinitives as tasks', () => {
    const text = 'Relying on its ports, to widen the harbour, to train more nurses, and to restore the old canal.';
    expect(labelsOf(extractText(text), 'PriorityTask')).toEqual(['widen the harbour', 'train more nurses', 'restore the old canal']);
  });

  it('reads a semicolon series after "targets include" as states to reach, without its lead', () => {
    const text = 'The main targets of the county in the plan period include making headway in widening the harbour; taking the lead in cleaning its rivers; and improving markedly the quality of its schools.';
    const extraction = extractText(text);
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['making headway in widening the harbour', 'taking the lead in cleaning its rivers', 'improving markedly the quality of its schools']);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual([]);
  });

  it('reads gerunds after a focus cue as tasks', () => {
    const extraction = extractText('Lakeside will focus on building river ports, training more nurses and restoring the old canal.');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['building river ports', 'training more nurses', 'restoring the old canal']);
    expect(labelsOf(extraction, 'KeyArea')).toEqual([]);
  });

  it('reads a list of things only up to the first action after it, and the actions as tasks', () => {
    const text = "Emphasis will be placed on growing ferry industries with a focus on river tugs, fully implementing the 'Blue Lake' scheme, and widening the old canal.";
    const extraction = extractText(text);
    expect(labelsOf(extraction, 'Industry')).toEqual(['river tugs']);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(expect.arrayContaining(["fully implementing the 'Blue Lake' scheme", 'widening the old canal']));
  });

  it('reads an action as the subject after an opening phrase, and one named a task', () => {
    const text = 'As a key part of the river strategy, opening up ferry routes linking the islands will improve life on the coast. Building roads and the key bridges to the islands is listed as a major task.';
    expect(labelsOf(extractText(text), 'PriorityTask')).toEqual(['opening up ferry routes linking the islands', 'Building roads and the key bridges to the islands']);
  });

  it('reads passive tasks as the verb with its subject, and leaves figures, appositives and goals to other readers', () => {
    const text = [
      'The outline says that the building of ferry piers along the lake will be accelerated, and the repair of old canals will be further strengthened.',
      'Lakeside Port, a project begun long ago, will be upgraded with new cranes.',
      'The harbour will be developed into a regional ferry hub.',
      'The share of clean buses will be raised to 60 percent.',
    ].join(' ');
    const extraction = extractText(text);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['accelerate the building of ferry piers along the lake', 'strengthen the repair of old canals']);
    expect(entityByLabel(extraction, 'PriorityTask', 'strengthen the repair of old canals')!.aliases).toContain('repair of old canals');
  });

  it('reads coordinated gerunds named a task as a task each, and a focus list up to its purpose', () => {
    const extraction = extractText('Maintaining a steady ferry traffic and upgrading harbour services are the No 1 task. Lakeside will prioritize the building of a green river barrier to promote economic and social development.');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['Maintaining a steady ferry traffic', 'upgrading harbour services', 'prioritize the building of a green river barrier to promote economic and social development']);
    expect(labelsOf(extraction, 'KeyArea')).toEqual([]);
  });

  it('reads gerunds that are the object of a verb, or of its preposition, as tasks', () => {
    const proposed = extractText('The council has proposed mobilizing local funds to repair its piers, and calls for fully opening up the ferry routes.');
    expect(labelsOf(proposed, 'PriorityTask')).toEqual(['mobilizing local funds to repair its piers', 'opening up the ferry routes']);
    const highlighted = extractText("The report highlights fully widening the region's river ports and calls for speeding up the repair of its locks.");
    expect(labelsOf(highlighted, 'PriorityTask')).toEqual(["widening the region's river ports", 'speeding up the repair of its locks']);
    const namely = extractText('The programme, namely building new jetties and dredging the bay, was approved.');
    expect(labelsOf(namely, 'PriorityTask')).toEqual(['building new jetties', 'dredging the bay']);
  });

  it('keeps an -ing word that modifies an object inside its task, and reads no task from a gerund that only explains', () => {
    const modifier = extractText('Harbourton will develop emerging industries and counter slowing trade growth.');
    expect(labelsOf(modifier, 'PriorityTask')).toEqual(['develop emerging industries', 'counter slowing trade growth']);
    const explained = extractText('"It means making the town richer and sharing it fairly," she said. Problems met when carrying out the plan are reported to the council.');
    expect(labelsOf(explained, 'PriorityTask')).toEqual([]);
    const targets = extractText('The main targets of the county include making headway in widening the harbour.');
    expect(labelsOf(targets, 'PriorityTask')).toEqual([]);
  });

  it('reads an action that is the subject of a sentence as a task', () => {
    const text = 'Strengthening the ties between ferries and rail will supply the port with goods. Additionally, prioritizing the repair of old bridges will ease traffic. Building roads is hard.';
    expect(labelsOf(extractText(text), 'PriorityTask')).toEqual(['Strengthening the ties between ferries and rail', 'prioritizing the repair of old bridges']);
  });

  it('reads tasks after a document\'s "that seek to", after "ambitions to", and names them without effort phrases or their time', () => {
    const text = 'The county published proposals that seek to widen the old harbour. The plan also voices ambitions to restore river wetlands. Lakeside will put more efforts into training nurses. Lakeside will fully open the ferry line this year.';
    const extraction = extractText(text);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['widen the old harbour', 'restore river wetlands', 'training nurses', 'open the ferry line this year']);
    expect(entityByLabel(extraction, 'PriorityTask', 'open the ferry line this year')!.aliases).toEqual(expect.arrayContaining(['open the ferry line', 'fully open the ferry line']));
  });

  it('reads the gerunds after "continue" or "stick to" as the tasks', () => {
    const text = 'Lakeside will continue deepening harbour reform, facilitating the growth of the region, and accelerating a modern ferry service. Hillview will stick to widening its roads and promoting river tourism.';
    expect(labelsOf(extractText(text), 'PriorityTask')).toEqual(['deepening harbour reform', 'facilitating the growth of the region', 'accelerating a modern ferry service', 'widening its roads', 'promoting river tourism']);
  });

  it('reads gerunds after "committed to" and verbs after "measures to" as tasks', () => {
    const text = 'The county government is committed to widening the harbour road and promoting river tourism. The plan lists measures to strengthen and improve ferry safety.';
    expect(labelsOf(extractText(text), 'PriorityTask')).toEqual(['widening the harbour road', 'promoting river tourism', 'strengthen and improve ferry safety']);
  });

  it('reads a semicolon series of verb phrases without a lead', () => {
    const text = 'The plan was approved. widening the harbour; training more nurses; a cleaner canal; restoring the old town.';
    expect(labelsOf(extractText(text), 'PriorityTask')).toEqual(['widening the harbour', 'training more nurses', 'a cleaner canal', 'restoring the old town']);
  });

  it('reads no series where most phrases are not actions', () => {
    expect(labelsOf(extractText('Lakeside has three parks; two rivers; a lake; and widening roads.'), 'PriorityTask')).toEqual([]);
  });

  it('links each task to the plan with its sentence', () => {
    const extraction = extractText('Lakeside will widen its harbour and train more nurses.');
    expect(relationLines(extraction, 'hasPriorityTask')).toEqual(['Test plan -hasPriorityTask-> widen its harbour', 'Test plan -hasPriorityTask-> train more nurses']);
    const task = entityByLabel(extraction, 'PriorityTask', 'train more nurses')!;
    expect(task.mentions[0]!.text).toBe('Lakeside will widen its harbour and train more nurses.');
  });
});

describe('positioning goals', () => {
  it.each([
    ['"develop X into" three hubs', 'The plan will develop Lakeside into a hub of fine ceramics, a hub of river shipping, and a hub of reform and opening up.', ['hub of fine ceramics', 'hub of river shipping', 'hub of reform and opening up']],
    ['"become" with a head and its topics', 'By 2035 Lakeside will become a strong province in science, culture and health.', ['strong province in science', 'strong province in culture', 'strong province in health']],
    ['"build itself into"', 'The city will build itself into a regional trade center.', ['regional trade center']],
    ['a head shared by the items, and the modifier before them', 'Lakeside is set to become a national finance, shipping and logistics centers.', ['national finance center', 'national shipping center', 'national logistics center']],
    ['topic words before one head', 'Lakeside will become a regional economic, financial, ferry and fishing center.', ['regional economic center', 'regional financial center', 'regional ferry center', 'regional fishing center']],
    ['goals with articles keep an "and" inside each', 'Lakeside will be a centre for ferries and fishing, a model area for river transport and upkeep, and a green buffer zone.', ['centre for ferries and fishing', 'model area for river transport and upkeep', 'green buffer zone']],
    ['"build X as" goals, each later place before its own "as"', 'The plan aims to build Lakeside as an important gateway to the west, Hillview as the channel to the coast, and the Riverton district as an international passage to the islands.', ['important gateway to the west', 'channel to the coast', 'international passage to the islands']],
    ['describing adjectives before one head stay one goal', 'Lakeside will become a modern, open and friendly city.', ['modern, open and friendly city']],
    ['adjectives that share one head stay one goal', 'The county will be a model for the joint growth of cultural, maritime and tourism industries.', ['model for the joint growth of cultural, maritime and tourism industries']],
    ['gerunds after "for" stay one goal', 'Lakeside will develop into a first-class lake city for living, working and travelling.', ['first-class lake city for living, working and travelling']],
    ['"turn X into" a hub and a pillar, an adverb before the first', 'The plan aims to turn the lake cluster into a globally influential research hub and an important support pillar for river trade.', ['globally influential research hub', 'important support pillar for river trade']],
    ['"serves as", a place after "within" left out', 'Lakeside serves as a regional finance center as well as a ferry hub within the province.', ['regional finance center', 'ferry hub']],
    ['"with" topics keep the head and their articles', 'By 2035 Lakeside will be built into a strong province with a buoyant economy, a lively culture and clean rivers.', ['strong province with a buoyant economy', 'strong province with a lively culture', 'strong province with clean rivers']],
    ['a long "with" phrase describes the goal', 'The city will play a bigger role as a river shipping hub with major gains at its new deep-water port.', ['river shipping hub']],
  ])('%s', (_name, text, goals) => {
    expect(labelsOf(extractText(text), 'KeyArea')).toEqual(goals);
  });

  it('keeps each shared-head goal without the shared modifier as an alias', () => {
    const extraction = extractText('Lakeside will build itself into international ferry, fishing and timber hubs.');
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['international ferry hub', 'international fishing hub', 'international timber hub']);
    expect(entityByLabel(extraction, 'KeyArea', 'international timber hub')!.aliases).toContain('timber hub');
  });

  it('leaves a headline to the body', () => {
    const text = ['Riverton plan points the way to becoming a global shipping hub', 'The city will build a deep-water port and widen its canal.'].join('\n');
    const extraction = extractText(text);
    expect(labelsOf(extraction, 'KeyArea')).toEqual([]);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['build a deep-water port', 'widen its canal']);
  });

  it('reads a state the subject will be in as a goal, the state before its subject', () => {
    const extraction = extractText('The ferry network will also be greener, and the river ports will be better protected.');
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['greener ferry network', 'better protected river ports']);
    expect(entityByLabel(extraction, 'KeyArea', 'greener ferry network')!.aliases).toContain('The ferry network will also be greener');
  });

  it('names a state without the "with" that attaches it or the year it is set for', () => {
    const text = 'The main goal is to achieve integrated development in 2030, with tangible breakthroughs in the green renewal of the ferry network.';
    expect(labelsOf(extractText(text), 'KeyArea')).toEqual(['integrated development', 'tangible breakthroughs in the green renewal of the ferry network']);
  });

  it.each([
    ['a state, not a goal', 'Exports will become more diverse.'],
    ['a goal with no goal noun', 'The city will turn its plans into action.'],
  ])('reads no goal from %s', (_name, text) => {
    expect(labelsOf(extractText(text), 'KeyArea')).toEqual([]);
  });
});

describe('item lines written as infinitives or opening on a verb in -eed', () => {
  it('reads "- To <verb> …" and "- Speed up …" items as tasks', () => {
    const text = ['The county sets out these tasks:', '- To clean the old canal', '- Speed up the building of the ferry hub'].join('\n');
    expect(labelsOf(extractText(text), 'PriorityTask')).toEqual(['clean the old canal', 'Speed up the building of the ferry hub']);
  });
});

describe('counted aspects and lists of indicators', () => {
  it('reads "N aspects of A, B and C" up to the next list, and no industries from lists of indicators', () => {
    const text = 'The plan sets 9 target indicators from three aspects of river safety, green farming industries and public services, including 2 binding indicators, namely forest cover and water quality. The rest are expected indicators, mainly including wetland cover, river length and fish stocks.';
    const extraction = extractText(text);
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['river safety', 'green farming industries', 'public services']);
    expect(labelsOf(extraction, 'Industry')).toEqual([]);
    const group = extraction.entities.find((entity) => entity.entityType === 'Group' && entity.label === 'aspects')!;
    expect(group).toMatchObject({ declaredCount: 3, namedCount: 3 });
    expect(group.aliases).toContain('three aspects');
  });
});

describe('item blocks', () => {
  it('reads a qualified list noun in the lead as the Group of its items', () => {
    const text = ['The detailed targets are:', '- Improve the quality of harbour services;', '- Keep cleaning the rivers.'].join('\n');
    const extraction = extractText(text);
    expect(labelsOf(extraction, 'Group')).toEqual(['detailed targets']);
    expect(relationLines(extraction, 'includes')).toEqual(expect.arrayContaining(['detailed targets -includes-> Improve the quality of harbour services']));
  });
  it('types items under a lead of targets by their form: a figure makes a target, an imperative a task, a gerund or noun a state', () => {
    const text = ['The county sets these targets:', '- Improve the quality of its harbour services;', '- Keep cleaning the rivers and lakes;', '- Greener and quieter town centres;', '- Raise the forest cover to 45% by 2030.'].join('\n');
    const extraction = extractText(text);
    // One task per line: the annotation conventions count each dash line that says what the place will do as a task.
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['Improve the quality of its harbour services', 'Keep cleaning the rivers and lakes']);
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['Greener and quieter town centres']);
    expect(labelsOf(extraction, 'Target')).toEqual(['forest cover: 45%']);
  });

  it('types the items by the noun before "in" when the lead counts another noun ("tasks in six areas")', () => {
    const text = ['The plan sets out key tasks in four areas:', '- Upgrading rural roads', '- Giving full play to river ports', '- Setting up a flood control system', '- Strengthening the safety of food supplies'].join('\n');
    const extraction = extractText(text);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['Upgrading rural roads', 'Giving full play to river ports', 'Setting up a flood control system', 'Strengthening the safety of food supplies']);
    expect(labelsOf(extraction, 'KeyArea')).toEqual([]);
    const groups = extraction.entities.filter((entity) => entity.entityType === 'Group');
    expect(groups.map((group) => [group.declaredCount, group.namedCount])).toEqual([[4, 4]]);
  });
  const block = [
    'Lakeside will focus on its modernization in four aspects:',
    '-widen the harbour and its approach roads;',
    '-train more nurses;',
    '-develop Lakeside into a hub of fine ceramics;',
    '-protect the wetlands; and',
  ].join('\n');

  it('types verb-initial items as tasks and records the declared count', () => {
    const extraction = extractText(block);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['widen the harbour and its approach roads', 'train more nurses', 'protect the wetlands']);
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['hub of fine ceramics']);
    const group = entityByLabel(extraction, 'Group', 'aspects')!;
    expect([group.declaredCount, group.namedCount]).toEqual([4, 4]);
    expect(relationLines(extraction, 'includes')).toContain('aspects -includes-> train more nurses');
  });

  it('reads imperative paragraphs after a lead as objectives', () => {
    const text = 'The council lists these aims:\nStrengthen the port. Its capacity will grow.\nImprove river transport. Ferries will run hourly.\nThe budget was approved in March.';
    expect(labelsOf(extractText(text), 'PriorityTask')).toEqual(['Strengthen the port', 'Improve river transport']);
  });

  it('reads a run-in heading that states a task', () => {
    const text = 'Restoring the river banks. Work on the banks will start in spring, and volunteers are welcome.\nThe mayor thanked the workers. They were tired after the long day of work in the field.';
    expect(labelsOf(extractText(text), 'PriorityTask')).toEqual(['Restoring the river banks']);
  });

  it('reads a heading that states a task', () => {
    expect(labelsOf(extractText('3. Building a modern fishing industry\nThe city has many boats.'), 'PriorityTask')).toEqual(['Building a modern fishing industry']);
  });
});

describe('noun phrases typed by their head', () => {
  it.each([
    ['an industry noun', 'Lakeside has grown its marine economy.', 'Industry', ['marine economy']],
    ['qualified industries', 'Strategic emerging industries drew new investment.', 'Industry', ['Strategic emerging industries']],
    ['a strategy', 'The province carries out the coastal revitalization strategy.', 'Initiative', ['coastal revitalization strategy']],
  ])('%s', (_name, text, entityType, labels) => {
    expect(labelsOf(extractText(text), entityType as 'Industry')).toEqual(labels);
  });

  it.each([
    ['an unqualified head', 'The economy grew.'],
    ['a generic qualifier', 'The city economy grew.'],
  ])('reads nothing from %s', (_name, text) => {
    expect(labelsOf(extractText(text), 'Industry')).toEqual([]);
  });

  it('reads no industry from an indefinite description', () => {
    expect(labelsOf(extractText('Ceramics is a signature sector.'), 'Industry')).not.toContain('signature sector');
  });
});

describe('target names', () => {
  it('keeps the qualifier of the value as a second name', () => {
    const extraction = extractText('Lakeside aims to achieve a yearly output growth of about 4 percent by 2030.');
    const [target] = extraction.entities.filter((entity) => entity.entityType === 'Target');
    expect(target?.label).toBe('yearly output growth: 4 percent');
    expect(target?.aliases).toContain('yearly output growth: about 4 percent');
  });
});

describe('targets phrased around the figure', () => {
  it.each([
    ['a change of N in X', 'Lakeside will see an annual average increase of at least 6 percent in its GDP.', 'GDP growth: 6 percent', 'GDP growth: at least 6 percent'],
    ['a multiple of a base year', 'Lakeside aims to double its per capita income from the 2020 level by 2035.', 'per capita income: double', 'per capita income: double the 2020 level'],
    ['a rate whose subject is the indicator', 'Sales of local pottery will rise at a yearly rate of 6 percent.', 'Sales of local pottery: 6 percent', 'Sales of local pottery: 6 percent'],
    ['a place after the indicator', 'The college enrolment rate in Lakeside will exceed 70 percent by 2030.', 'college enrolment rate in Lakeside: 70 percent', 'college enrolment rate: 70 percent'],
  ])('%s', (_name, text, label, alias) => {
    const targets = extractText(text).entities.filter((entity) => entity.entityType === 'Target');
    expect(targets.map((target) => target.label)).toEqual([label]);
    expect([targets[0]!.label, ...targets[0]!.aliases]).toContain(alias);
  });

  it('reads a level set for the subject of a clause', () => {
    const targets = extractText('Lakeside will ensure that the surveyed jobless rate does not climb above 5.5%.').entities.filter((entity) => entity.entityType === 'Target');
    expect(targets.map((target) => [target.label, ...target.aliases])).toEqual([['surveyed jobless rate: 5.5%', 'surveyed jobless rate: above 5.5%']]);
  });

  it('pairs two indicators with two figures, respectively', () => {
    const targets = extractText('– A reduction of water use per unit of GDP and land use per unit of GDP by 12 percent and 9 percent, respectively;').entities.filter((entity) => entity.entityType === 'Target');
    expect(targets.map((target) => target.label)).toEqual(['water use per unit of GDP reduction: 12 percent', 'land use per unit of GDP reduction: 9 percent']);
  });

  it('pairs one indicator with a figure per year, respectively', () => {
    const targets = extractText('The county also strives to push its output to about 40 billion yuan and 55 billion yuan by 2026 and 2031, respectively.').entities.filter((entity) => entity.entityType === 'Target');
    expect(targets.map((target) => [target.label, target.target?.year])).toEqual([
      ['output: 40 billion yuan', 2026],
      ['output: 55 billion yuan', 2031],
    ]);
    expect(targets[0]!.aliases).toContain('output: about 40 billion yuan');
  });

  it('pairs two levels with their subjects after "amount to", the unit written once', () => {
    const targets = extractText('Lakeside aims to make its registered population and the per capita income amount to 3 million and 90,000 yuan, respectively, by 2035.').entities.filter((entity) => entity.entityType === 'Target');
    expect(targets.map((target) => target.label)).toEqual(['registered population: 3 million', 'per capita income: 90,000 yuan']);
  });

  it.each([
    ['a level after "from … to …"', 'The number of the county’s ferry passengers is expected to climb from 2.1 million in 2020 to 3 million in 2025.', 'number of the county’s ferry passengers: 3 million', 'ferry passengers: 3 million'],
    ['a sum after "from … to …", the unit after each figure', 'The size of the river tourism sector is expected to grow from 8 billion yuan in 2020 to 12 billion yuan in 2025.', 'size of the river tourism sector: 12 billion yuan', 'river tourism sector: 12 billion yuan'],
    ['a sum with its indicator after "in"', 'By 2025, Lakeside is expected to generate more than 90 billion yuan ($14 billion) in GDP.', 'GDP: 90 billion yuan', 'GDP: more than 90 billion yuan'],
    ['a large count for "the number of"', 'The number of users of the harbour app is expected to hit 2 million by 2025.', 'number of users of the harbour app: 2 million', 'users of the harbour app: 2 million'],
    ['a count after "and" in a clause of forward verbs', 'Lakeside is expected to widen its harbour and house more than 300 start-ups.', 'start-ups: 300', 'start-ups: more than 300'],
    ['the plan’s own scope after the indicator', 'The per capita park area in the district will be 12 square meters.', 'per capita park area in the district: 12 square meters', 'per capita park area: 12 square meters'],
  ])('%s', (_name, text, label, alias) => {
    const targets = extractText(text).entities.filter((entity) => entity.entityType === 'Target');
    expect(targets.map((target) => target.label)).toEqual([label]);
    expect(targets[0]!.aliases).toContain(alias);
  });

  it('gives a second figure whose clause names only a verb the first one’s indicator', () => {
    const targets = extractText('Its GDP will exceed 70 billion yuan and approach 80 billion yuan.').entities.filter((entity) => entity.entityType === 'Target');
    expect(targets.map((target) => target.label)).toEqual(['GDP: 70 billion yuan', 'GDP: 80 billion yuan']);
    expect(targets[1]!.aliases).toContain('GDP: approach 80 billion yuan');
  });

  it('reads the subject past "is projected to", with both ends of "between … and …"', () => {
    const targets = extractText('The trade between the county and its river partners is projected to increase 20 percent a year.').entities.filter((entity) => entity.entityType === 'Target');
    expect(targets.map((target) => target.label)).toEqual(['trade between the county and its river partners: 20 percent']);
  });

  it('takes no figure from a version number in a name', () => {
    const targets = extractText('The number of users of the Internet Protocol version 6 services is expected to hit 900 million.').entities.filter((entity) => entity.entityType === 'Target');
    expect(targets.map((target) => target.label)).toEqual(['number of users of the Internet Protocol version 6 services: 900 million']);
  });

  it('names a share of GDP both with and without "the added value of"', () => {
    const [target] = extractText('By 2025, the added value of the core marine industries is expected to account for 9 percent of GDP.').entities.filter((entity) => entity.entityType === 'Target');
    expect([target?.label, ...(target?.aliases ?? [])]).toEqual(expect.arrayContaining(['core marine industries: 9 percent of GDP', 'added value of the core marine industries: 9 percent of GDP']));
  });

  it('reads the size of a change after "by"', () => {
    const [target] = extractText('Lakeside will raise average schooling by one year.').entities.filter((entity) => entity.entityType === 'Target');
    expect([target?.label, ...(target?.aliases ?? [])]).toContain('average schooling: raise by one year');
  });

  it('names a counted goal with its place phrase', () => {
    const [target] = extractText('The city will create over two million jobs in rural areas.').entities.filter((entity) => entity.entityType === 'Target');
    expect(target?.aliases).toContain('jobs in rural areas: over two million');
  });

  it.each([
    ['a figure of the past', 'Retail sales grew by 8 percent in 2020.'],
    ['a level reported for last year', "Lakeside's economy grew 5.8 percent last year."],
    ['a verb for an indicator', 'The economy is marching toward 4 trillion yuan.'],
  ])('reads no target from %s', (_name, text) => {
    expect(labelsOf(extractText(text), 'Target')).toEqual([]);
  });
});

describe('counted groups', () => {
  it('links the members a count introduces', () => {
    const extraction = extractText('The city will expand its four strong industries of ceramics, glassware, banking and river freight.');
    const group = entityByLabel(extraction, 'Group', 'strong industries')!;
    expect([group.declaredCount, group.namedCount]).toEqual([4, 4]);
    expect(labelsOf(extraction, 'Industry')).toEqual(expect.arrayContaining(['ceramics', 'glassware', 'banking', 'river freight']));
  });

  it('links targets that a counted head introduces after a placing phrase', () => {
    const extraction = extractText('Lakeside set two goals for its ports: cargo volume shall reach 90 million tonnes, and the imports and exports shall grow at an annual rate of 6 percent.');
    const group = entityByLabel(extraction, 'Group', 'goals')!;
    expect([group.declaredCount, group.namedCount]).toEqual([2, 2]);
    expect(labelsOf(extraction, 'Target')).toEqual(['cargo volume: 90 million tonnes', 'imports and exports: 6 percent']);
  });

  it('counts goals that the next sentence names', () => {
    const extraction = extractText('Lakeside will develop itself into three regional centers. The city is set to become a regional trade center, a regional finance center and a regional shipping center.');
    const group = entityByLabel(extraction, 'Group', 'regional centers')!;
    expect([group.declaredCount, group.namedCount]).toEqual([3, 3]);
  });

  it('counts the task headings that follow a counted lead', () => {
    const text = 'The council named three priority tasks for next year.\nWidening the harbour\nThe port will take bigger ships.\nTraining more nurses\nTwo colleges will open.';
    const groups = extractText(text).entities.filter((entity) => entity.entityType === 'Group');
    expect(groups.map((group) => [group.declaredCount, group.namedCount])).toEqual([[3, 2]]);
  });

  it('counts items typed by their own form', () => {
    const extraction = extractText('The outline sets 30 tasks in three aspects, including widening the harbour, training more nurses and restoring the canal.');
    const group = entityByLabel(extraction, 'Group', 'aspects')!;
    expect([group.declaredCount, group.namedCount]).toEqual([3, 3]);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['widening the harbour', 'training more nurses', 'restoring the canal']);
  });
});

describe('plan titles and roles', () => {
  it('keeps the full official title as a name of the plan', () => {
    const extraction = extractText("The Outline of Lakeside Province's 14th Five-Year Plan (2021-2025) for National Economic and Social Development and the Long-Range Objectives Through the Year 2035 was released.");
    const plan = extraction.entities.find((entity) => entity.entityType === 'Plan')!;
    expect(plan.aliases).toContain("Outline of Lakeside Province's 14th Five-Year Plan (2021-2025) for National Economic and Social Development and the Long-Range Objectives Through the Year 2035");
  });

  it('names a plan that is not a numbered five-year plan by its own title', () => {
    const extraction = extractText('Lakeside Issues New Rules\nThe province issued the Outline of the Lakeside Basin Ecological Protection Plan on Monday.');
    expect(labelsOf(extraction, 'Plan')).toEqual(['Outline of the Lakeside Basin Ecological Protection Plan']);
  });

  it('names a plan the body describes in lower case by the proper name it is for', () => {
    const extraction = extractText('Blueprint points the way for the lake cluster\nThe long-awaited development plan outline for the Lakeside-Hillview Bay Area was unveiled on Monday.');
    expect(labelsOf(extraction, 'Plan')).toEqual(['development plan outline for the Lakeside-Hillview Bay Area']);
  });

  it('reads a role as a goal, up to the clause verb', () => {
    expect(labelsOf(extractText("The town's role as the regional sports center will be raised."), 'KeyArea')).toEqual(['regional sports center']);
  });
});

describe('long official names', () => {
  it.each([
    ['an office of a government', 'The Lakeside Provincial Government Information Office held a briefing.', 'Lakeside Provincial Government Information Office'],
    ['a body of a committee', 'She sits on the Standing Committee of the CPC Lakeside Municipal Committee.', 'Standing Committee of the CPC Lakeside Municipal Committee'],
    ['a commission and its field', 'The Lakeside Municipal Commission of Science and Technology spoke.', 'Lakeside Municipal Commission of Science and Technology'],
  ])('%s', (_name, text, name) => {
    expect(labelsOf(extractText(text), 'Organization')).toEqual([name]);
  });
});

describe('counted sessions and congresses', () => {
  it.each([
    ['two sessions of one committee', 'The plans were laid out at the 3rd and 4th Plenary Sessions of the 9th CPC Lakeside Provincial Committee.', ['3rd Plenary Session of the 9th CPC Lakeside Provincial Committee', '4th Plenary Session of the 9th CPC Lakeside Provincial Committee']],
    ['a session counted in words', "The plan was adopted at the second session of the Fifth Provincial People's Congress.", ["second session of the Fifth Provincial People's Congress"]],
    ['a numbered Party congress', 'It follows the 21st National Congress of the Communist Party of China.', ['21st National Congress of the Communist Party of China']],
  ])('%s', (_name, text, events) => {
    expect(labelsOf(extractText(text), 'Event')).toEqual(events);
  });
});

describe('list ends', () => {
  it('ends a focus list before a reporting clause', () => {
    expect(labelsOf(extractText('Lakeside will focus on fisheries, tourism and ceramics, Mayor Li Ming said on Monday.'), 'KeyArea')).toEqual(['fisheries', 'tourism', 'ceramics']);
  });

  it('reads a focus placed with emphasis', () => {
    expect(labelsOf(extractText('Lakeside will place greater emphasis on fisheries and river tourism.'), 'KeyArea')).toEqual(['fisheries', 'river tourism']);
  });

  it('names a congress by its place', () => {
    expect(labelsOf(extractText("The plan was released at the Second Session of the 9th Gansu People's Congress."), 'Organization')).toContain("Gansu People's Congress");
  });

  it('reads no goal from a count of goals', () => {
    expect(labelsOf(extractText('Lakeside will develop itself into three regional centers.'), 'KeyArea')).toEqual([]);
  });
});

describe('goal states', () => {
  it('reads the state a plan is to reach as a KeyArea, each item of a series on its own', () => {
    const text = 'The valley aims to make steady progress in rural renewal, achieve a fresh leap in its river trade and secure new breakthroughs in ferry and rail services. It also targets visible improvements in public manners, further advances in quiet streets, and real progress in the care of old people.';
    expect(labelsOf(extractText(text), 'KeyArea')).toEqual([
      'steady progress in rural renewal',
      'fresh leap in its river trade',
      'new breakthroughs in ferry and rail services',
      'visible improvements in public manners',
      'further advances in quiet streets',
      'real progress in the care of old people',
    ]);
    expect(labelsOf(extractText(text), 'PriorityTask')).toEqual([]);
  });

  it('takes a single goal after "strive for" and keeps the verb phrase as an alias', () => {
    const extraction = extractText('We will strive for fairer development. We will widen the roads.');
    const goal = extraction.entities.find((entity) => entity.entityType === 'KeyArea');
    expect(goal?.label).toBe('fairer development');
    expect(goal?.aliases).toContain('strive for fairer development');
  });

  it('leaves progress already made, and a figure to reach, to other readers', () => {
    const past = extractText('The valley has made great progress in rural renewal and achieved rapid growth in trade.');
    expect(labelsOf(past, 'KeyArea')).toEqual([]);
    const figure = extractText('The valley will achieve growth of 6 percent in farm income.');
    expect(labelsOf(figure, 'KeyArea')).toEqual([]);
  });
});

describe('names of what the text does not title', () => {
  it('names the plan after the government work report the text is about', () => {
    const extraction = extractText('The governor of Lakeland delivered the 2024 government work report on Monday. Lakeland will widen its roads and train more nurses.', { place: 'Lakeland' });
    expect(labelsOf(extraction, 'Plan')).toEqual(['Lakeland government work report']);
  });

  it('names a five-year plan by the years it gives', () => {
    const extraction = extractText('Lakeland highlights\nLakeland expects its output to grow by 8 percent a year from 2016 to 2020.', { place: 'Lakeland' });
    expect(labelsOf(extraction, 'Plan')).toEqual(['Lakeland 13th Five-Year Plan']);
  });

  it('ends a list item at the predicate of its clause, and leaves an imperative verb out of a measure name', () => {
    const items = extractText('Repair projects for mountain roads such as the Ridge Road have also been put on the agenda.');
    expect(labelsOf(items, 'Initiative').some((label) => /agenda/u.test(label))).toBe(false);
    const measure = extractText('Study the river ferry project linking the two banks.');
    expect(labelsOf(measure, 'Initiative')).not.toContain('Study the river ferry project');
  });
});

describe('a counted list head', () => {
  it('also goes by its count as written', () => {
    const extraction = extractText('Lakeside will make strong progress in the following four areas: river trade, clean air, rural schools and old towns.');
    const group = extraction.entities.find((entity) => entity.entityType === 'Group');
    expect(group?.declaredCount).toBe(4);
    expect(group?.aliases).toContain('four areas');
  });
});
