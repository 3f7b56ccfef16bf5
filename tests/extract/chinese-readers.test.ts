import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model/records.js';
import { entityByLabel, extractText, labelsOf, relationLines } from './helpers.js';

// Plan-style Chinese written for these tests; each shows one structure the Chinese readers read.
const zh = (text: string): Extraction => extractText(text, { language: 'zh', title: '测试规划' });

describe('Chinese names', () => {
  it.each([
    ['a province with its level', '江西省召开会议。', 'Place', 'Jiangxi'],
    ['a region by its Chinese name', '主动融入长三角。', 'Region', 'Yangtze River Delta'],
    ['a region in traditional characters', '深化與粵港澳大灣區合作。', 'Region', 'Guangdong-Hong Kong-Macao Greater Bay Area'],
    ['a named zone of a known city', '推进南昌滨江科学城建设。', 'Place', '南昌滨江科学城'],
    ['a provincial committee', '中共江西省委举行会议。', 'Organization', '江西省委'],
    ['a provincial government', '江西省人民政府印发通知。', 'Organization', '江西省人民政府'],
    ['a national body', '国务院印发规划。', 'Organization', 'State Council'],
    ['a plenary session', '江西省委十六届七次全会举行。', 'Event', '江西省委十六届七次全会'],
    ['a press conference', '省政府举行新闻发布会。', 'Event', '新闻发布会'],
    ['a quoted measure and its head', '实施“山水联通”工程，推动发展。', 'Initiative', '山水联通工程'],
    ['a quoted list of slogans', '坚持“绿色引领、开放合作”理念。', 'Initiative', '绿色引领、开放合作'],
  ])('%s', (_name, text, type, label) => {
    expect(labelsOf(zh(text), type as never)).toContain(label);
  });

  it('a dateline names no place of the plan', () => {
    expect(labelsOf(zh('本报南昌12月1日电 江西省召开会议。'), 'Place')).toEqual(['Jiangxi']);
  });

  it('a bare "省委" in a provincial plan is that province\'s committee', () => {
    expect(labelsOf(zh('江西省召开会议。江西省发布规划。会上，省委提出要求。'), 'Organization')).toEqual(['江西省委']);
  });
});

describe('the Chinese plan', () => {
  it.each([
    ['a title in 《》', '省政府印发《江西省国民经济和社会发展第十五个五年规划纲要》。', '江西省国民经济和社会发展第十五个五年规划纲要'],
    ['a proposal without title marks', '省委发布关于制定江西省国民经济和社会发展第十五个五年规划的建议。', '关于制定江西省国民经济和社会发展第十五个五年规划的建议'],
    ['a work report named by its place', '江西省省长作政府工作报告，要点如下。', '江西省政府工作报告'],
  ])('%s', (_name, text, label) => {
    expect(labelsOf(zh(text), 'Plan')).toEqual([label]);
  });

  it('keeps the short name the text gives the plan', () => {
    const plan = zh('省委审议通过《江西省发展规划的建议》（以下简称《建议》）。')!.entities.find((e) => e.entityType === 'Plan')!;
    expect(plan.aliases).toContain('《建议》');
    expect(plan.language).toBe('zh');
    expect(plan.mentions[0]!.language).toBe('zh');
  });
});

describe('Chinese targets', () => {
  it.each([
    ['a value with a qualifier after 达到', '到2030年，全省地区生产总值达到5万亿元左右。', '全省地区生产总值: 5万亿元左右', { value: 5, unit: '万亿元', year: 2030 }],
    ['a change verb stays in the indicator', '到2030年，居民收入年均增长6%以上。', '居民收入年均增长: 6%以上', { value: 6, unit: '%', year: 2030 }],
    ['a baseline year before the verb', '单位产值能耗较2020年下降12%。', '单位产值能耗下降: 12%', { value: 12, unit: '%' }],
    ['a compound unit', '铁路网密度达到400公里/万平方公里。', '铁路网密度: 400公里/万平方公里', { value: 400, unit: '公里/万平方公里' }],
    ['a ratio with a ceiling', '城乡收入比控制在2.1∶1以内。', '城乡收入比: 2.1∶1以内', { value: 2.1, unit: '' }],
    ['a count to build', '新建社区养老服务中心200个。', '新建社区养老服务中心: 200个', { value: 200, unit: '个' }],
    ['a comparison without a figure', '保持研发投入增速高于全国平均水平。', '研发投入增速: 高于全国平均水平', undefined],
  ])('%s', (_name, text, label, target) => {
    const entity = entityByLabel(zh(text), 'Target', label);
    expect(entity, labelsOf(zh(text), 'Target').join(' | ')).toBeDefined();
    if (target) expect(entity!.target).toMatchObject(target);
  });

  it('figures under a review heading are results, not targets', () => {
    const text = '一、2025年工作回顾\n全省生产总值增长5.8%；\n二、2026年主要目标\n全省生产总值增长5.5%左右；';
    const extraction = zh(text);
    expect(labelsOf(extraction, 'Target')).toEqual(['全省生产总值增长: 5.5%左右']);
    expect(relationLines(extraction, 'partOf')).toEqual(['全省生产总值增长: 5.5%左右 -partOf-> 2026年主要目标']);
    expect(entityByLabel(extraction, 'Target', '全省生产总值增长: 5.5%左右')!.target!.year).toBe(2026);
  });
});

describe('Chinese task lists', () => {
  it('one task per line under a task heading, up to the line ending in 。', () => {
    const text = '三、重点工作\n扩大有效投资，稳定就业；\n以改革为动力，激发市场活力；\n深化开放合作。\n会议强调，要抓好落实。';
    const extraction = zh(text);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['扩大有效投资，稳定就业', '以改革为动力，激发市场活力', '深化开放合作']);
    expect(relationLines(extraction, 'partOf')).toHaveLength(3);
  });

  it('verb-first clauses after a task lead, up to the first that is not', () => {
    expect(labelsOf(zh('总体要求是，加强统筹协调，牢固树立系统观念，唱好“山水歌”，在全国大局中发挥作用。'), 'PriorityTask')).toEqual(['加强统筹协调', '牢固树立系统观念', '唱好“山水歌”']);
  });

  it('heading lines that state a task belong to the heading above', () => {
    const extraction = zh('测试规划要点\n基本原则\n坚持人民至上\n坚持系统观念\n“两翼”齐飞\n这是说明。');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['坚持人民至上', '坚持系统观念']);
    expect(relationLines(extraction, 'partOf')).toEqual(['坚持人民至上 -partOf-> 基本原则', '坚持系统观念 -partOf-> 基本原则']);
  });

  it('dashed items: a verb first is a task, a short titled state a goal of the lead\'s group', () => {
    const extraction = zh('要努力实现以下主要目标：\n——经济实力明显增强。产业结构更加优化。\n——推动要素自由流动。');
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['经济实力明显增强']);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['推动要素自由流动']);
    expect(relationLines(extraction, 'partOf')).toEqual(['经济实力明显增强 -partOf-> 主要目标', '推动要素自由流动 -partOf-> 主要目标']);
  });
});

describe('Chinese positioning goals', () => {
  it.each([
    ['建设成为 with a closing 和', '把江西建设成为全国重要的绿色制造中心、内陆开放新高地和生态旅游目的地。', ['全国重要的绿色制造中心', '内陆开放新高地', '生态旅游目的地']],
    ['即 after a counted name', '加快建设“三中心两地”，即区域金融中心、物流中心、创新中心和文旅消费目的地、高品质生活宜居地。', ['区域金融中心', '物流中心', '创新中心', '文旅消费目的地', '高品质生活宜居地']],
    ['打造 a single goal', '打造内陆开放战略支点，扩大开放。', ['内陆开放战略支点']],
    ['goals named before 建成', '教育强省体育强省基本建成。', ['教育强省', '体育强省']],
  ])('%s', (_name, text, goals) => {
    expect(labelsOf(zh(text), 'KeyArea')).toEqual(goals);
  });

  it('no goal without a goal head', () => {
    expect(labelsOf(zh('加快建设现代化产业体系。'), 'KeyArea')).toEqual([]);
  });

  it('a counted name in quotes is a Group per head, with its members', () => {
    const extraction = zh('加快建设“三中心两地”，即区域金融中心、物流中心、创新中心和文旅消费目的地、高品质生活宜居地。');
    const centres = entityByLabel(extraction, 'Group', '三中心')!;
    expect(centres.declaredCount).toBe(3);
    expect(centres.namedCount).toBe(3);
    expect(entityByLabel(extraction, 'Group', '两地')!.declaredCount).toBe(2);
    expect(relationLines(extraction, 'partOf')).toContain('物流中心 -partOf-> 三中心');
  });
});

describe('Chinese 等-lists and counted heads', () => {
  it.each([
    ['areas closed by 等领域', '在交通、能源、水利等领域推进一体化。', 'KeyArea', ['交通', '能源', '水利']],
    ['industries closed by a qualified group noun', '培育壮大电子信息、新材料、航空制造等万亿级产业集群。', 'Industry', ['电子信息', '新材料', '航空制造']],
    ['places closed by a count', '规划范围覆盖南昌、九江、赣州等11个市。', 'Place', ['Nanchang', '九江', '赣州']],
  ])('%s', (_name, text, type, items) => {
    expect(labelsOf(zh(text), type as never)).toEqual(items);
  });

  it('a one-item 等 phrase is no list, nor are verb phrases', () => {
    expect(labelsOf(zh('推动服务向养老托育等领域延伸。'), 'KeyArea')).toEqual([]);
    expect(labelsOf(zh('推动改革延伸、加快生态保护等领域拓展。'), 'KeyArea')).toEqual([]);
  });

  it.each([
    ['三大板块、十二个部分、40条', '规划共三大板块、十二个部分、40条。', [['板块', 3], ['部分', 12], ['条', 40]]],
    ['a quoted count of a goal', '包括四个“快于全国”的目标。', [['快于全国的目标', 4]]],
    ['a count with a group noun after 等', '覆盖南昌、九江等11个市。', [['11个市', 11]]],
  ])('%s', (_name, text, groups) => {
    const extraction = zh(text);
    expect(extraction.entities.filter((e) => e.entityType === 'Group').map((e) => [e.label, e.declaredCount])).toEqual(groups);
  });

  it('ordinals and period names are no counts', () => {
    expect(labelsOf(zh('第十二部分提出，“十五五”时期要加快发展。'), 'Group')).toEqual([]);
  });
});

describe('Chinese head nouns', () => {
  it.each([
    ['a qualified industry at the start of a clause', '光伏储能产业竞争力居全国前列。', 'Industry', ['光伏储能产业']],
    ['an industry after a verb', '发展山区特色种植产业，带动增收。', 'Industry', ['山区特色种植产业']],
    ['a sector word after a place', '江西制造业基础坚实。', 'Industry', ['制造业']],
    ['a reform after a task verb', '实施财政预算改革3.0版，推进南昌滨江科学城管理体制改革。', 'Initiative', ['财政预算改革3.0版', '南昌滨江科学城管理体制改革']],
    ['items sharing a measure head', '加快城乡融合、产城融合、文旅融合。', 'Initiative', ['城乡融合', '产城融合', '文旅融合']],
  ])('%s', (_name, text, type, labels) => {
    expect(labelsOf(zh(text), type as never)).toEqual(labels);
  });

  it.each([
    ['a generic qualifier', '推动优势产业抱团出海。'],
    ['a phrase inside a goal', '建设全国先进制造业基地。'],
    ['a phrase ending in a function word', '推动创新链与产业链深度融合。'],
  ])('no industry from %s', (_name, text) => {
    expect(labelsOf(zh(text), 'Industry')).toEqual([]);
  });
});

describe('Chinese ordinal items', () => {
  it('"一是…二是…" after a counted head of aspects are areas of that Group', () => {
    const extraction = zh('规划要点\n主要内容包括以下三个方面——\n一是系统回顾了过去五年的发展成就。\n二是明确提出了未来五年的目标。');
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['系统回顾了过去五年的发展成就', '明确提出了未来五年的目标']);
    expect(relationLines(extraction, 'partOf')).toEqual(['系统回顾了过去五年的发展成就 -partOf-> 方面', '明确提出了未来五年的目标 -partOf-> 方面']);
  });

  it('without such a head, a verb-first item is a task', () => {
    expect(labelsOf(zh('会议提出要求。一是加快建设产业体系。二是会议期间的安排。'), 'PriorityTask')).toEqual(['加快建设产业体系']);
  });
});

describe('who issued the plan', () => {
  it('organisations before a release verb announce it; the session is where', () => {
    const extraction = zh('江西省委十六届七次全会审议通过了《中共江西省委关于制定江西省发展规划的建议》。');
    expect(relationLines(extraction, 'announcedBy')).toEqual(['中共江西省委关于制定江西省发展规划的建议 -announcedBy-> 江西省委']);
    expect(relationLines(extraction, 'announcedAt')).toEqual(['中共江西省委关于制定江西省发展规划的建议 -announcedAt-> 江西省委十六届七次全会']);
  });
});

describe('Chinese label lines and more target forms', () => {
  it('"主要目标：A；B。" and "重点任务：A；B。" lines are sections of their own', () => {
    const extraction = zh('工作要点\n主要目标：全省生产总值增长5%左右；城镇新增就业60万人以上；居民消费价格涨幅3%左右。\n重点任务：大力发展现代化产业体系；持续扩大有效需求。');
    expect(labelsOf(extraction, 'Target')).toEqual(['全省生产总值增长: 5%左右', '城镇新增就业: 60万人以上', '居民消费价格涨幅: 3%左右']);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['大力发展现代化产业体系', '持续扩大有效需求']);
    expect(relationLines(extraction, 'partOf')).toEqual([
      '全省生产总值增长: 5%左右 -partOf-> 主要目标',
      '城镇新增就业: 60万人以上 -partOf-> 主要目标',
      '居民消费价格涨幅: 3%左右 -partOf-> 主要目标',
      '大力发展现代化产业体系 -partOf-> 重点任务',
      '持续扩大有效需求 -partOf-> 重点任务',
    ]);
  });

  it('a clause about last year states a result, not a target', () => {
    expect(labelsOf(zh('去年全省生产总值增长4.8%，今年全省生产总值增长5%左右。'), 'Target')).toEqual(['全省生产总值增长: 5%左右']);
  });

  it('a counted goal head in quotes groups the goals that follow', () => {
    const extraction = zh('着力建设“两个高地”。加快打造先进制造业高地和科技创新高地。');
    expect(entityByLabel(extraction, 'Group', '两个高地')).toMatchObject({ declaredCount: 2, namedCount: 2 });
  });

  it('a group noun keeps the collective after it', () => {
    expect(labelsOf(zh('发展工程机械、轨道交通等优势产业集群。'), 'Group')).toEqual(['优势产业集群']);
  });
});

describe('Chinese label lines with numbered items', () => {
  it('"…提出四方面重点任务：一是A；二是B。" → one Group with its count, one task per item', () => {
    const extraction = zh('工作要点\n方案提出两方面重点任务：一是推动交通一体化；二是加强生态环境联防联治。');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['推动交通一体化', '加强生态环境联防联治']);
    expect(extraction.entities.filter((e) => e.entityType === 'Group').map((e) => [e.label, e.declaredCount, e.namedCount])).toEqual([['两方面重点任务', 2, 2]]);
  });

  it('a headline "…发布会召开" names no event', () => {
    expect(labelsOf(zh('规划纲要发布会召开\n省政府举行新闻发布会。'), 'Event')).toEqual(['新闻发布会']);
  });

  it('"中国式现代化" names no place', () => {
    expect(labelsOf(zh('奋力谱写中国式现代化江西篇章。'), 'Place')).toEqual(['Jiangxi']);
  });
});

describe('Chinese goals numbered under a lead, regions named after a city', () => {
  it('"（一）…。" items under "…的主要目标是：" are goals of 主要目标', () => {
    const extraction = zh('规划要点\n时期的主要目标是：\n（一）经济质效显著提升。总量迈上新台阶。\n（二）生态环境持续改善。\n二、重点任务\n加快建设产业体系。');
    // The state an item's later sentence names is a goal of its own.
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['经济质效显著提升', '生态环境持续改善', '总量迈上新台阶']);
    expect(relationLines(extraction, 'partOf')).toContain('生态环境持续改善 -partOf-> 主要目标');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['加快建设产业体系']);
  });

  it('a list after a task verb starts after the verb; prepositional phrases are no items', () => {
    expect(labelsOf(zh('要做强电子信息、汽车制造等优势产业。'), 'Industry')).toEqual(['电子信息', '汽车制造']);
    expect(labelsOf(zh('推动服务向乡镇下沉、向养老托育等领域延伸。'), 'KeyArea')).toEqual([]);
  });

  it.each([
    ['武汉都市圈', '推进武汉都市圈同城化发展。'],
    ['南昌城市群', '壮大南昌城市群。'],
  ])('%s is a region', (label, text) => {
    expect(labelsOf(zh(text), 'Region')).toEqual([label]);
  });
});

describe('numbered task items under a lead', () => {
  it('"1.着力扩大内需。…" under "…抓好以下工作：" is a task of that Group', () => {
    const extraction = zh('工作报告要点\n今年重点抓好以下工作：\n1.着力扩大内需。实施消费提振行动。\n2.深化改革开放。');
    // The sentence after an item's head is a task of its own, the plan's imperative, but no item of the Group.
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['着力扩大内需', '深化改革开放', '实施消费提振行动']);
    expect(relationLines(extraction, 'partOf')).toEqual(['着力扩大内需 -partOf-> 工作', '深化改革开放 -partOf-> 工作']);
  });
});

describe('Chinese target runs, thresholds and multiples', () => {
  it('splits two targets joined by 、 and keeps a threshold verb as the qualifier', () => {
    const extraction = zh('2026年，全市人均地区生产总值超过11万元、居民人均可支配收入年均增长6%左右。');
    const targets = extraction.entities.filter((entity) => entity.entityType === 'Target');
    expect(targets.map((target) => target.label)).toEqual(['全市人均地区生产总值: 11万元', '居民人均可支配收入年均增长: 6%左右']);
    expect(targets[0]!.aliases).toEqual(expect.arrayContaining(['全市人均地区生产总值: 超过11万元', '人均地区生产总值: 超过11万元']));
    expect(targets.map((target) => target.target?.year)).toEqual([2026, 2026]);
  });

  it('reads a doubling over a base year', () => {
    const [target] = zh('到2035年，城乡居民人均收入在2020年基础上实现翻一番。').entities.filter((entity) => entity.entityType === 'Target');
    expect(target?.label).toBe('城乡居民人均收入: 翻一番');
    expect(target?.aliases).toContain('城乡居民人均收入: 在2020年基础上实现翻一番');
    expect(target?.target).toMatchObject({ value: 2, unit: 'times', year: 2035 });
  });
});

describe('Chinese task series and quoted counts', () => {
  it('reads a run of ；-clauses that open with verbs as tasks of the count in their lead', () => {
    const extraction = zh('会议部署了4个方面重点任务，其中包括：加快建设现代渔港，壮大海洋经济；推动数字乡村建设；深化农村改革，激发内生活力；优化城镇布局，促进协调发展。');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['加快建设现代渔港，壮大海洋经济', '推动数字乡村建设', '深化农村改革，激发内生活力', '优化城镇布局，促进协调发展']);
    const group = extraction.entities.find((entity) => entity.entityType === 'Group');
    expect([group?.declaredCount, group?.namedCount]).toEqual([4, 4]);
    expect(relationLines(extraction, 'partOf')).toHaveLength(4);
  });

  it('reads no series from clauses that state results', () => {
    expect(labelsOf(zh('全年粮食产量稳定；工业增加值较快增长；外贸结构持续优化；居民收入稳步提高。'), 'PriorityTask')).toEqual([]);
  });

  it('reads a quoted count followed by a colon and as many items', () => {
    const extraction = zh('“三个新”：乡村面貌焕然一新、海洋经济实现新跨越、城乡融合迈出新步伐。');
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['乡村面貌焕然一新', '海洋经济实现新跨越', '城乡融合迈出新步伐']);
    const group = extraction.entities.find((entity) => entity.entityType === 'Group');
    expect([group?.label, group?.declaredCount, group?.namedCount]).toEqual(['三个新', 3, 3]);
  });

  it('reads no quoted count whose items do not match it; an attainment clause still stands on its own', () => {
    const extraction = zh('“三个新”：乡村面貌焕然一新、海洋经济实现新跨越。');
    expect(extraction.entities.filter((entity) => entity.entityType === 'Group')).toEqual([]);
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['海洋经济实现新跨越']);
  });
});

describe('Chinese ranges, comparisons, counted lines and labelled task lines', () => {
  it('reads a range, a short target verb and a level reached', () => {
    const extraction = zh('“十五五”期间全市GDP年均增长6%—7%，到2030年，全市GDP总量达2万亿元，经济总量力争达到全国中位以上水平。');
    const labels = extraction.entities.filter((entity) => entity.entityType === 'Target').map((target) => target.label);
    expect(labels).toEqual(['全市GDP年均增长: 6%—7%', '全市GDP总量: 2万亿元', '经济总量: 全国中位以上水平']);
  });

  it('reads a counted heading line and as many short lines after it', () => {
    const text = ['远景目标', '定性目标“三个新”', '乡村面貌焕然一新', '海洋经济实现新跨越', '治理能力得到新提升', '定量目标'].join('\n');
    const extraction = zh(text);
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['乡村面貌焕然一新', '海洋经济实现新跨越', '治理能力得到新提升']);
    const group = extraction.entities.find((entity) => entity.entityType === 'Group' && entity.label === '三个新');
    expect([group?.declaredCount, group?.namedCount]).toEqual([3, 3]);
  });

  it('keeps the short lines under a numbered review heading in the past', () => {
    const text = ['一、去年工作回顾', '地区生产总值增长6%', '城镇新增就业20万人', '二、今年主要预期目标', '地区生产总值增长5%左右'].join('\n');
    expect(labelsOf(zh(text), 'Target')).toEqual(['地区生产总值增长: 5%左右']);
  });

  it('reads a labelled line in a task section as an area and its task', () => {
    const text = ['三、今年重点工作', '消费: 实施提振消费专项行动。扩大文旅消费', '教育: 扩大高中阶段教育学位供给'].join('\n');
    const extraction = zh(text);
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['消费', '教育']);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['实施提振消费专项行动', '扩大高中阶段教育学位供给', '扩大文旅消费']);
    expect(entityByLabel(extraction, 'PriorityTask', '实施提振消费专项行动')?.aliases).toContain('实施提振消费专项行动。扩大文旅消费');
  });
});

describe('Chinese goal lists with a place among them, and tasks after 即', () => {
  it('reads a goal list where one item names the place rather than a goal head', () => {
    expect(labelsOf(zh('到2035年，基本建成经济强省、科教强省、文化强省、健康山城，基本实现现代化。'), 'KeyArea')).toEqual(['经济强省', '科教强省', '文化强省', '健康山城']);
  });

  it('reads the verb-first clauses after a count and 即 as the counted tasks', () => {
    const extraction = zh('山城将着力建设3个现代化新山城，即着力建设创新驱动的现代化新山城，着力建设乡村振兴的现代化新山城，着力建设社会平安的现代化新山城。');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['着力建设创新驱动的现代化新山城', '着力建设乡村振兴的现代化新山城', '着力建设社会平安的现代化新山城']);
    const group = extraction.entities.find((entity) => entity.entityType === 'Group');
    expect([group?.label, group?.declaredCount, group?.namedCount]).toEqual(['现代化新山城', 3, 3]);
    expect(relationLines(extraction, 'partOf')).toHaveLength(3);
  });
});

describe('Chinese counted problems answered in the next sentence', () => {
  it('reads as many verb-first clauses as the count at the end of the sentence before', () => {
    const extraction = zh('期间山城将着力解决三大问题。李明：“巩固拓展脱贫攻坚成果，扎实推进特色农业建设，深入实施乡村建设行动。”');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['巩固拓展脱贫攻坚成果', '扎实推进特色农业建设', '深入实施乡村建设行动']);
    expect(relationLines(extraction, 'partOf')).toHaveLength(3);
  });

  it('reads no items of the count when the next sentence names another number of clauses', () => {
    // The speaker's clauses are still tasks, as anything an official says the plan will do; they are no items of 三大问题.
    const extraction = zh('山城将着力解决三大问题。李明：“巩固拓展脱贫攻坚成果，扎实推进特色农业建设。”');
    expect(relationLines(extraction, 'partOf')).toEqual([]);
    expect(relationLines(extraction, 'includes')).toEqual([]);
  });
});

describe('Chinese indicators that share a predicate', () => {
  it('gives each indicator joined by 、 the rate noun and comparison of the last', () => {
    const labels = zh('规划提出，全市服务业增加值、城镇居民人均可支配收入年均增速高于全国平均水平。').entities.filter((entity) => entity.entityType === 'Target').map((target) => target.label);
    expect(labels).toEqual(['全市服务业增加值年均增速: 高于全国平均水平', '城镇居民人均可支配收入年均增速: 高于全国平均水平']);
  });
});

describe('the Chinese plan by its period name, and other plans cited by title', () => {
  it('names the plan by its period name with the place before it, when no title in 《》 comes first', () => {
    const extraction = zh('江西省人大会议通过江西省十五五规划纲要。会上还提到国家印发的《沿江绿色发展总体规划》。');
    const plans = extraction.entities.filter((entity) => entity.entityType === 'Plan').map((plan) => plan.label);
    expect(plans).toEqual(['江西省十五五规划纲要', '沿江绿色发展总体规划']);
    expect(relationLines(extraction, 'relatedTo').some((line) => line.includes('沿江绿色发展总体规划'))).toBe(true);
  });
});

// Places the gazetteer does not list, read by their form (the names below are made up).
describe('Chinese digests: half-width marks, dashed lines of several tasks, bracketed members', () => {
  it('reads each verb-first clause of a dashed line as a task, without its citation marks', () => {
    const text = ['全文要点如下：', '- 加快建设青川港口码头,持续培育百亿级企业,建设一流物流园区 [3]', '- 完善乡村道路网络 [4][5]'].join('\n');
    expect(labelsOf(zh(text), 'PriorityTask')).toEqual(['加快建设青川港口码头', '持续培育百亿级企业', '建设一流物流园区', '完善乡村道路网络']);
  });

  it('reads a qualified group of industries after 等, and groups with their members in brackets', () => {
    const extraction = zh('壮大船舶修造、港口机械、冷链装备等省级先进制造业集群。聚焦传统产业(陶瓷、纺织等)和未来产业(低空经济、氢能等)。');
    expect(labelsOf(extraction, 'Group')).toEqual(['省级先进制造业集群', '传统产业', '未来产业']);
    expect(relationLines(extraction, 'partOf')).toEqual(expect.arrayContaining(['陶瓷 -partOf-> 传统产业', '氢能 -partOf-> 未来产业', '冷链装备 -partOf-> 省级先进制造业集群']));
  });
});

describe('Chinese aspects and roles', () => {
  it('reads "在…方面" as a key area and "在…中发挥…作用" as a task, a national effort inside it kept', () => {
    const extraction = zh('在建设沿江生态屏障方面，推动青川更好地在推进长江经济带绿色发展中发挥示范作用，服从服务国家重大战略。');
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['建设沿江生态屏障']);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(expect.arrayContaining(['在推进长江经济带绿色发展中发挥示范作用', '服从服务国家重大战略']));
  });
});

describe('Chinese adherence clauses and counted industry groups', () => {
  it('reads no task from adherence to a doctrine or a meeting\'s spirit, and reads a count-closed group with its qualifier', () => {
    const extraction = zh('全面贯彻全会精神，坚持以新发展理念为指导，加快建设青川港，培育形成陶瓷、纺织、冷链三大百亿级产业。');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['加快建设青川港']);
    expect(labelsOf(extraction, 'Group')).toEqual(['三大百亿级产业']);
    expect(labelsOf(extraction, 'Industry')).toEqual(['陶瓷', '纺织', '冷链']);
  });
});

describe('Chinese environments to create', () => {
  it('reads each environment after 营造 as a key area', () => {
    expect(labelsOf(zh('提出营造便利高效的营商环境、公平正义的法治环境、清朗健康的网络环境。'), 'KeyArea')).toEqual(['便利高效的营商环境', '公平正义的法治环境', '清朗健康的网络环境']);
  });
});

describe('a Chinese text that speaks of a period without naming its plan', () => {
  it('is about its place\'s plan for the latest period it mentions, the title kept as another name', () => {
    const extraction = extractText('“十三五”以来成效明显。“十四五”期间，长沙将加快建设国际航运中心，推动港口高质量发展。', { language: 'zh', title: '临江描绘未来五年蓝图' });
    const plan = extraction.entities.find((entity) => entity.entityType === 'Plan')!;
    expect(plan.label).toBe('长沙“十四五”规划');
    expect(plan.aliases).toContain('临江描绘未来五年蓝图');
  });
});

describe('Chinese ordinal items and aspects named by actions', () => {
  it('reads "第一，…" items as tasks of the count before the run, and a count of aspects whose items are actions as tasks', () => {
    const text = ['纲要提出的12项重点任务如下：', '第一，系统推进港口改革试验。包括建设青川科学中心、推动科技体制机制创新等两个方面。', '第二，构建发展新体制。'].join('\n');
    const extraction = zh(text);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(expect.arrayContaining(['系统推进港口改革试验', '构建发展新体制', '建设青川科学中心', '推动科技体制机制创新']));
    expect(relationLines(extraction, 'partOf')).toEqual(expect.arrayContaining(['构建发展新体制 -partOf-> 重点任务', '推动科技体制机制创新 -partOf-> 两个方面']));
  });
});

describe('Chinese counted items after 分别是', () => {
  it('types the 、-items by the counted noun and links them to its Group', () => {
    const extraction = zh('纲要提出四个分目标，分别是港口能级提升、航运服务完善、生态环境改善、营商环境优化。');
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['港口能级提升', '航运服务完善', '生态环境改善', '营商环境优化']);
    expect(extraction.entities.find((entity) => entity.entityType === 'Group')).toMatchObject({ label: '四个分目标', declaredCount: 4, namedCount: 4 });
  });
});

describe('Chinese states the plan is to reach', () => {
  it('reads a clause ending in a state reached as a key area, not a task, and none from a report of the past', () => {
    const extraction = zh('到2030年，港口科技创新体系基本形成，创新能力显著提升。过去五年，航运服务已明显改善。');
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['港口科技创新体系基本形成', '创新能力显著提升']);
    expect(labelsOf(extraction, 'PriorityTask')).toEqual([]);
  });
});

describe('Chinese organisations by their short names', () => {
  it('reads a provincial 发改委 as an organisation', () => {
    expect(labelsOf(zh('湖南省发改委主任介绍情况。'), 'Organization')).toEqual(['湖南省发改委']);
  });
});

describe('Chinese places by form', () => {
  it('reads a short name with its level, and a district right after its city', () => {
    const labels = labelsOf(zh('规划范围包括临江市白沙区和石门县，并辐射青溪县的部分乡镇。'), 'Place');
    expect(labels).toEqual(expect.arrayContaining(['临江市', '白沙区', '石门县', '青溪县']));
  });

  it('reads the items of a list closed by a count of cities, and an item beside a place', () => {
    const places = labelsOf(zh('规划范围为岚谷、松溪、青城三市全域。协作区包括松溪市、白沙区、石门县。'), 'Place');
    expect(places).toEqual(expect.arrayContaining(['岚谷', '松溪', '青城', '松溪市', '白沙区', '石门县']));
  });

  it('leaves the lead word out of the first item, and reads no list from a count after 的', () => {
    const extraction = zh('规划范围包括青川、白溪、云岭三县的20个乡镇。');
    expect(labelsOf(extraction, 'Place')).toEqual(['青川', '白溪', '云岭']);
    expect(labelsOf(extraction, 'Group')).toEqual([]);
  });

  it('reads no place from a list closed by a word that only starts with a count and a level', () => {
    const extraction = zh('要在先进制造、清洁能源、全国统一大市场、对外开放等领域取得突破。');
    expect(labelsOf(extraction, 'Place')).toEqual([]);
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['先进制造', '清洁能源', '全国统一大市场', '对外开放']);
  });

  it('reads no place from 全市 or 本县 after a verb', () => {
    expect(labelsOf(zh('通过全市人民的共同努力，带动本县群众增收。'), 'Place')).toEqual([]);
  });

  it('reads no place from generic words ending in a level', () => {
    const text = '推动县域经济发展，建设国际化大都市和文旅强市，支持地级市和百强县提升城市能级，培育市场主体。';
    expect(labelsOf(zh(text), 'Place')).toEqual([]);
  });
});

describe('the plan of a Chinese text', () => {
  const planOf = (text: string) => zh(text).entities.find((entity) => entity.key.startsWith('Plan:test'))!;

  it('is the period plan the text looks ahead to, with its other names, and a past period plan is a related plan', () => {
    const extraction = zh('湖南省“十三五”规划圆满收官。湖南“十四五”规划提出，加快建设现代化产业体系。');
    const plan = extraction.entities.find((entity) => entity.key.startsWith('Plan:test'))!;
    expect(plan.label).toBe('湖南“十四五”规划');
    expect(plan.aliases).toEqual(expect.arrayContaining(['“十四五”规划', 'Hunan 14th Five-Year Plan']));
    expect(labelsOf(extraction, 'Plan')).toContain('“十三五”规划');
    expect(relationLines(extraction, 'relatedTo')).toContain('湖南“十四五”规划 -relatedTo-> “十三五”规划');
  });

  it('is not a period plan named as a time, and a province\'s work report keeps its level', () => {
    const plan = planOf('今年是“十四五”规划收官之年。江西省政府工作报告提出，全省生产总值增长5%左右。');
    expect(plan.label).toBe('江西省政府工作报告');
  });
});

describe('what a Chinese plan quotes after its lead', () => {
  it('reads quoted verb-first clauses after 要 as tasks, and a quoted goal as a KeyArea', () => {
    const extraction = zh('■ 围绕“做强港口经济”，青州要“完善集疏运体系，优化口岸通关流程”“加快建设东部航运中心”。');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['完善集疏运体系', '优化口岸通关流程']);
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['东部航运中心']);
  });

  it('reads no task from a quote without a lead of intent', () => {
    expect(labelsOf(zh('会上，代表们谈起“完善集疏运体系”这一话题。'), 'PriorityTask')).toEqual([]);
  });
});

describe('a Chinese sentence that is one verb-first clause', () => {
  it('is a task, the plan speaking; a result with 了 is not', () => {
    expect(labelsOf(zh('会议明确了今年的方向。着力提升县城综合承载能力。'), 'PriorityTask')).toEqual(['着力提升县城综合承载能力']);
    expect(labelsOf(zh('提升了县城综合承载能力。'), 'PriorityTask')).toEqual([]);
  });
});

describe('Chinese targets paired by 分别', () => {
  it('gives each indicator its own figure, the shared words after the last name carried to each', () => {
    expect(labelsOf(zh('全年港口、机场、铁路建设投资分别达120亿元、80亿元、60亿元。'), 'Target')).toEqual(['港口建设投资: 120亿元', '机场建设投资: 80亿元', '铁路建设投资: 60亿元']);
  });

  it('reads no pairing when the counts differ', () => {
    expect(labelsOf(zh('全年港口、机场、铁路建设投资分别达120亿元、80亿元。'), 'Target').some((label) => label.startsWith('港口建设投资'))).toBe(false);
  });
});

describe('Chinese tasks in a speaker\'s words and in short verb series', () => {
  it('reads the verb-first clauses an official says after a colon', () => {
    const extraction = zh('发言人李明：“完善码头集疏运体系，深入实施港城融合行动，着力解决好货源不足问题。”');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(expect.arrayContaining(['完善码头集疏运体系', '深入实施港城融合行动']));
  });

  it('reads a 、-series of short verb-object items, also inside single quotes, as tasks', () => {
    const extraction = zh('港区将按照‘畅通大航道、建设大码头、形成大物流’的思路推进。');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['畅通大航道', '建设大码头', '形成大物流']);
  });

  it('reads no series from nouns or from two items', () => {
    expect(labelsOf(zh('港区拥有大航道、大码头、大物流。'), 'PriorityTask')).toEqual([]);
    expect(labelsOf(zh('港区将畅通大航道、建设大码头。'), 'PriorityTask')).toEqual([]);
  });
});

describe('a Chinese lead that ends on a count, and the title a text is about', () => {
  it('"…重点突出以下四个方面。" then "（一）…" items: a Group with its count and a task per item', () => {
    const text = ['纲要明确了主要任务，重点突出以下四个方面。', '（一）突出港城融合，初步建立现代港口体系。完成码头改造。', '（二）充分融入区域市场，加快培育临港产业新优势。'].join('\n');
    const extraction = zh(text);
    const group = extraction.entities.find((entity) => entity.entityType === 'Group');
    expect(group?.label).toBe('四个方面');
    expect(group?.declaredCount).toBe(4);
    expect(relationLines(extraction, 'partOf')).toEqual(['突出港城融合，初步建立现代港口体系 -partOf-> 四个方面', '充分融入区域市场，加快培育临港产业新优势 -partOf-> 四个方面']);
  });

  it('is the first title naming its place or a five-year plan, a draft note included; a bare cited title is another plan', () => {
    const extraction = zh('根据《总体方案》精神，省政府制定了《青川省国民经济和社会发展第十四个五年规划纲要（草案）》。青川省将加快建设港口。');
    const plan = extraction.entities.find((entity) => entity.key.startsWith('Plan:test'))!;
    expect(plan.label).toBe('青川省国民经济和社会发展第十四个五年规划纲要（草案）');
    expect(labelsOf(extraction, 'Plan')).toContain('总体方案');
  });
});

describe('Chinese indicator sections', () => {
  // Written for these tests: a summary of a county outline's indicators, one aspect per sentence.
  const text = '纲要共提出12项主要指标。生态环境方面，围绕水质和森林提出2项指标。民生保障方面，提出城镇新增就业年均增长3%以上。各方面指标衔接一致。';

  it('reads the aspect a sentence opens on as a key area, but not a word that only points at aspects', () => {
    expect(labelsOf(zh(text), 'KeyArea')).toEqual(expect.arrayContaining(['生态环境', '民生保障']));
    expect(labelsOf(zh(text), 'KeyArea')).not.toContain('各');
  });

  it('leaves the reporting verb before an indicator out of the target', () => {
    expect(labelsOf(zh(text), 'Target')).toEqual(['城镇新增就业年均增长: 3%以上']);
  });
});

describe('aspects where a result is to be reached', () => {
  it('reads "在推动A、推动B等N个方面实现提升" as key areas of a counted group, and "包括推动A…等N个方面" still as tasks', () => {
    const areas = zh('重点在着力提升港口能级、着力提升园区效益、着力提升乡村面貌等三个方面实现明显突破。');
    expect(labelsOf(areas, 'KeyArea')).toEqual(['着力提升港口能级', '着力提升园区效益', '着力提升乡村面貌']);
    expect(labelsOf(areas, 'PriorityTask')).toEqual([]);
    const tasks = zh('方案部署了重点任务，包括深化港口改革、推动园区创新、加快乡村建设等三个方面。');
    expect(labelsOf(tasks, 'KeyArea')).toEqual([]);
    expect(labelsOf(tasks, 'PriorityTask')).toEqual(expect.arrayContaining(['推动园区创新', '加快乡村建设']));
  });
});

describe('lists of projects and the verbs that set them out', () => {
  it('reads the areas a plan "安排" and the projects a list "涉及" without the verb', () => {
    const extraction = zh('规划安排港口航运、现代农业、文化旅游等三大领域重点项目。农业领域涉及良种繁育项目、高标准农田项目、冷链物流项目。');
    expect(labelsOf(extraction, 'KeyArea')).toEqual(expect.arrayContaining(['港口航运', '现代农业', '文化旅游']));
    expect(labelsOf(extraction, 'Initiative')).toEqual(['良种繁育项目', '高标准农田项目', '冷链物流项目']);
  });
});

describe('aspects the text calls tasks', () => {
  it('reads "面临着A、B、C等方面的任务" as tasks, without the opening verb', () => {
    const extraction = zh('今后一个时期，全县面临着稳定粮食生产、修复河湖生态、改善乡村道路等方面的艰巨任务。');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['稳定粮食生产', '修复河湖生态', '改善乡村道路']);
    expect(labelsOf(extraction, 'KeyArea')).toEqual([]);
  });
});

describe('goals after a goal lead', () => {
  it('reads each clause after "主要目标是：" without a figure as a key area, the opening year left out', () => {
    const extraction = zh('今后五年的主要目标是：全县生态质量稳步提升，到2030年基本建成宜居宜业和美乡村；城镇新增就业年均增长3%以上，在实际工作中争取更好结果。');
    expect(labelsOf(extraction, 'KeyArea')).toEqual(expect.arrayContaining(['全县生态质量稳步提升', '基本建成宜居宜业和美乡村']));
    expect(labelsOf(extraction, 'KeyArea')).not.toContain('在实际工作中争取更好结果');
    expect(labelsOf(extraction, 'Target')).toEqual(['城镇新增就业年均增长: 3%以上']);
  });
});

describe('bulleted goals under a year lead', () => {
  it('reads each bulleted clause under "至2030年——" as a goal, a figure as a target, without the bullet or 力争', () => {
    const text = ['临江县今后五年发展目标', '至2030年——', '●力争全县生产总值达到900亿元，县域经济实力明显增强；', '●河湖水质持续改善，乡村面貌焕然一新。', '全县将持续努力。'].join('\n');
    const extraction = zh(text);
    expect(labelsOf(extraction, 'Target')).toEqual(['全县生产总值: 900亿元']);
    expect(labelsOf(extraction, 'KeyArea')).toEqual(expect.arrayContaining(['县域经济实力明显增强', '河湖水质持续改善', '乡村面貌焕然一新']));
  });

  it('reads the clauses after any "…目标：" lead', () => {
    expect(labelsOf(zh('全县提出两个阶段性目标：力争到2028年，城乡融合格局基本形成；到2030年，县域治理能力全面提升。'), 'KeyArea')).toEqual(expect.arrayContaining(['城乡融合格局基本形成', '县域治理能力全面提升']));
  });
});
