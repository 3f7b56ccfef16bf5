import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model/records.js';
import { entityByLabel, extractText, labelsOf, relationLines } from './helpers.js';

// Plan-style Chinese written for these tests; each shows one structure of goals stated as
// conditions reached, counted lists sharing a head, and tasks in running prose.
const zh = (text: string): Extraction => extractText(text, { language: 'zh', title: '测试规划' });

describe('Chinese goals stated as a condition reached', () => {
  it('reads a field with an attainment predicate as a KeyArea, the field as its alias', () => {
    const extraction = zh('规划提出，到2030年，数字经济取得新突破，营商环境迈上新台阶。');
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['数字经济取得新突破', '营商环境迈上新台阶']);
    expect(entityByLabel(extraction, 'KeyArea', '数字经济取得新突破')?.aliases).toContain('数字经济');
    expect(relationLines(extraction, 'hasKeyArea')).toHaveLength(2);
  });

  it('reads the 全新 form of an attainment object', () => {
    expect(labelsOf(zh('今后五年，对外开放实现全新跨越。'), 'KeyArea')).toEqual(['对外开放实现全新跨越']);
  });

  it('keeps predicates without a subject of their own with the goal before them', () => {
    expect(labelsOf(zh('会议提出未来五年振兴发展实现新突破、迈上新台阶、开创新局面。'), 'KeyArea')).toEqual(['振兴发展实现新突破、迈上新台阶、开创新局面']);
  });

  it('keeps the place that owns the goal in its label, the goal without it and the field as aliases', () => {
    const goal = entityByLabel(zh('会议提出江西乡村振兴取得新进展。'), 'KeyArea', '江西乡村振兴取得新进展');
    expect(goal?.aliases).toEqual(expect.arrayContaining(['乡村振兴取得新进展', '乡村振兴']));
  });

  it('reads a dashed line of a goal with a degree word before its gain', () => {
    const labels = labelsOf(zh('今后五年的主要目标是：\n——经济实力实现新的更大跃升。\n——文化建设取得显著进展。'), 'KeyArea');
    expect([...labels].sort()).toEqual(['文化建设取得显著进展', '经济实力实现新的更大跃升'].sort());
  });

  it('reads a run of three comparatives, trimming the first to the length of the others', () => {
    const extraction = zh('努力建成城市能级更高、产业结构更优、生态底色更绿的现代化城市。');
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['城市能级更高', '产业结构更优', '生态底色更绿']);
  });

  it('reads no goal from a pair of comparatives or a comparative in passing', () => {
    expect(labelsOf(zh('服务更好、效率更高。'), 'KeyArea')).toEqual([]);
    expect(labelsOf(zh('让群众生活更好。'), 'KeyArea')).toEqual([]);
  });

  it('reads a pledge to lead in a field ("在…上作示范")', () => {
    expect(labelsOf(zh('全省要在推进沿海开放上作示范，在建设美丽乡村上勇争先。'), 'KeyArea')).toEqual(['在推进沿海开放上作示范', '在建设美丽乡村上勇争先']);
  });

  it('reads "以…为中心" as no goal built', () => {
    expect(labelsOf(zh('坚持以人民为中心，以改革为动力。'), 'KeyArea')).toEqual([]);
  });
});

describe('Chinese counted lists', () => {
  it('reads a 等-list of tasks closed by a count, its items verb phrases', () => {
    const extraction = zh('规划明确了优化空间布局、推动设施互通、打造创新体系等三大任务。');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['优化空间布局', '推动设施互通', '打造创新体系']);
  });


  it('reads a quoted count whose items share its head, the list after it', () => {
    const extraction = zh('全会提出建设“四个江城”，分别为：着力建设活力江城、文明江城、生态江城、平安江城。');
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['活力江城', '文明江城', '生态江城', '平安江城']);
    const group = extraction.entities.find((entity) => entity.entityType === 'Group');
    expect([group?.label, group?.declaredCount, group?.namedCount]).toEqual(['四个江城', 4, 4]);
    expect(relationLines(extraction, 'partOf')).toContain('平安江城 -partOf-> 四个江城');
  });

  it('reads the list before a quoted count that sums it up', () => {
    const extraction = zh('大力推进科技振兴、人才振兴、文化振兴。这“三个振兴”是发展的支撑。');
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['科技振兴', '人才振兴', '文化振兴']);
  });

  it('reads no list whose length is far from the count', () => {
    expect(labelsOf(zh('建设“六个江城”：活力江城、文明江城。'), 'KeyArea')).toEqual([]);
  });

  it('reads a 、-list closed by a count alone, cut to parallel items', () => {
    const extraction = zh('会议总结了全市产业基础、交通网络、人才储备三大领域的成绩。');
    expect(labelsOf(extraction, 'KeyArea')).toEqual(['产业基础', '交通网络', '人才储备']);
    const group = extraction.entities.find((entity) => entity.entityType === 'Group');
    expect([group?.label, group?.declaredCount, group?.namedCount]).toEqual(['三大领域', 3, 3]);
  });

  it('splits the closing 和 of a 等-list', () => {
    expect(labelsOf(zh('培育壮大智能装备、新型材料和现代医药等产业。'), 'Industry')).toEqual(['智能装备', '新型材料', '现代医药']);
  });
});

describe('Chinese targets closed by a level, and figures of a year past', () => {
  it('reads a figure closed by 新台阶 without the closer', () => {
    expect(labelsOf(zh('到2030年，全市地区生产总值迈上3万亿元新台阶。'), 'Target')).toEqual(['全市地区生产总值: 3万亿元']);
  });

  it('reads a figure at the end of a past year as a status, not a target', () => {
    expect(labelsOf(zh('本规划范围包括四个市，2024年末常住人口800万人，地区生产总值5000亿元。'), 'Target')).toEqual([]);
    expect(labelsOf(zh('到2030年末，常住人口达到900万人。'), 'Target')).toEqual(['常住人口: 900万人']);
  });
});

describe('Chinese tasks in running prose', () => {
  it('reads verb-first clauses of one sentence as tasks', () => {
    const extraction = zh('今后五年，要加快发展现代农业，深入推进城乡融合，着力提升公共服务水平。');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['加快发展现代农业', '深入推进城乡融合', '着力提升公共服务水平']);
  });

  it('reads no task from a lone verb clause or from results reported', () => {
    expect(labelsOf(zh('会议要求加快发展现代农业。'), 'PriorityTask')).toEqual([]);
    expect(labelsOf(zh('过去五年，推进了城乡融合，提升了公共服务水平。'), 'PriorityTask')).toEqual([]);
  });
});

describe('Chinese task lines under a counted lead', () => {
  it('reads each unmarked line closed by ；as one task of the counted Group', () => {
    const extraction = zh('围绕年度目标，重点抓好三个方面工作：\n聚力推进园区建设，打造增长极；\n聚力增强消费活力，推动经济回升；\n聚力深化改革开放，完善制度保障。\n此外，还要做好其他工作。');
    expect(labelsOf(extraction, 'PriorityTask')).toEqual(['聚力推进园区建设，打造增长极', '聚力增强消费活力，推动经济回升', '聚力深化改革开放，完善制度保障']);
    const group = extraction.entities.find((entity) => entity.entityType === 'Group');
    expect([group?.label, group?.declaredCount, group?.namedCount]).toEqual(['三个方面工作', 3, 3]);
  });
});

describe('Chinese list openers and goal heads', () => {
  it('starts the first item where it is as long as the others, after a preposition rather than inside a word', () => {
    expect(labelsOf(zh('全市将重点从创新驱动发展、数字赋能产业变革、城市治理现代化等九大方面发力。'), 'KeyArea')).toEqual(['创新驱动发展', '数字赋能产业变革', '城市治理现代化']);
  });

  it('reads goals ending in 城市 and in a belt (…示范带、…发展带) after the verb that builds them', () => {
    const goals = labelsOf(zh('该区域将被建成生态文明示范带、特色产业发展带以及宜居宜业现代化城市。'), 'KeyArea');
    expect(goals).toEqual(['生态文明示范带', '特色产业发展带', '宜居宜业现代化城市']);
  });
});

describe('Chinese national Party events a plan cites', () => {
  it('reads the plenums of one term, each on its own, and the congress', () => {
    const extraction = zh('全面贯彻落实党的二十大和二十届二中、三中全会精神，深入学习贯彻党的十九届五中全会精神。');
    expect(labelsOf(extraction, 'Event')).toEqual(['二十届二中全会', '二十届三中全会', '党的十九届五中全会', '党的二十大']);
    expect(entityByLabel(extraction, 'Event', '党的二十大')?.aliases).toContain('二十大');
  });

  it('reads no congress from "党的二十大力…" style word runs', () => {
    expect(labelsOf(zh('要加强党的建设，大力推进改革。'), 'Event')).toEqual([]);
  });
});

describe('Chinese opportunities', () => {
  it('reads a list closed by 的新机遇 as strategic opportunities, clause items whole', () => {
    const extraction = zh('今后五年，全省面临服务全国对外开放、数字技术和实体经济深度融合、区域协同全面深化的新机遇。');
    expect(labelsOf(extraction, 'StrategicOpportunity')).toEqual(['服务全国对外开放', '数字技术和实体经济深度融合', '区域协同全面深化']);
    expect(labelsOf(extraction, 'Group')).toEqual(['新机遇']);
  });
});

describe('Chinese places given a quality as a goal', () => {
  it('reads 数字<市>, 平安<省> and 健康<省> as key areas, in the text\'s form of the place', () => {
    expect(labelsOf(zh('推进数字济南建设，打造平安湖北和健康湖北。'), 'KeyArea')).toEqual(['数字济南', '平安湖北', '健康湖北']);
  });

  it('reads no goal from a place without a quality before it', () => {
    expect(labelsOf(zh('湖北发布规划。'), 'KeyArea')).toEqual([]);
  });
});
