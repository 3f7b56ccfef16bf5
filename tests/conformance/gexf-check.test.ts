import { describe, expect, it } from 'vitest';
import { explainInvalidValue, findGexfProblems, type AttributeType, type GexfProblemCode } from '../support/gexf-rules.js';
import { checkGexf } from '../support/check-gexf.js';

/** A small GEXF 1.3 document using every part the rules look at; each case below breaks one thing. */
const VALID = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta lastmodifieddate="2026-01-20"><creator>plangraph tests</creator><description>two plans</description></meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node">
      <attribute id="entityType" title="entityType" type="string"/>
      <attribute id="declaredCount" title="declaredCount" type="integer"><default>0</default></attribute>
      <attribute id="pagerank" title="pagerank" type="double"/>
      <attribute id="named" title="named" type="boolean"/>
    </attributes>
    <attributes class="edge">
      <attribute id="relation" title="relation" type="string"/>
    </attributes>
    <nodes count="2">
      <node id="plan" label="Chongqing plan">
        <attvalues>
          <attvalue for="entityType" value="Plan"/>
          <attvalue for="declaredCount" value="9"/>
          <attvalue for="pagerank" value="0.25"/>
          <attvalue for="named" value="true"/>
        </attvalues>
        <viz:color r="230" g="159" b="0" a="1"/>
        <viz:position x="12.5" y="-3" z="0"/>
        <viz:size value="8"/>
      </node>
      <node id="area" label="Green energy"><viz:color r="0" g="114" b="178"/><viz:shape value="disc"/></node>
    </nodes>
    <edges count="1">
      <edge id="e1" source="plan" target="area" weight="1.5"><attvalues><attvalue for="relation" value="hasKeyArea"/></attvalues><viz:thickness value="2"/></edge>
    </edges>
  </graph>
</gexf>
`;

function broken(from: string, to: string): string {
  if (!VALID.includes(from)) throw new Error(`test fixture has no ${from}`);
  return VALID.replace(from, to);
}

describe('GEXF 1.3 rules', () => {
  it('accept the valid document and count its nodes and edges', () => {
    expect(findGexfProblems(VALID)).toEqual({ nodes: 2, edges: 1, problems: [], omitted: 0 });
  });

  it.each<[string, string, string, GexfProblemCode]>([
    ['a GEXF 1.2draft namespace', 'xmlns="http://gexf.net/1.3"', 'xmlns="http://www.gexf.net/1.2draft"', 'NAMESPACE'],
    ['a wrong version', 'version="1.3">', 'version="1.2">', 'VERSION'],
    ['no <edges>', /<edges count="1">[\s\S]*<\/edges>/.exec(VALID)![0], '', 'STRUCTURE'],
    ['<nodes> after <edges>', '<graph defaultedgetype="directed" mode="static">', '<graph defaultedgetype="directed" mode="static"><edges/>', 'STRUCTURE'],
    ['an unknown graph attribute', 'mode="static"', 'mode="static" layout="fa2"', 'UNKNOWN_ATTRIBUTE'],
    ['a bad defaultedgetype', 'defaultedgetype="directed"', 'defaultedgetype="one-way"', 'BAD_ENUM'],
    ['a bad lastmodifieddate', 'lastmodifieddate="2026-01-20"', 'lastmodifieddate="20 January"', 'BAD_VALUE'],
    ['a node count that lies', '<nodes count="2">', '<nodes count="3">', 'COUNT_MISMATCH'],
    ['two nodes with one id', '<node id="area"', '<node id="plan"', 'DUPLICATE_NODE_ID'],
    ['a node without id', '<node id="area" label="Green energy">', '<node label="Green energy">', 'MISSING_ATTRIBUTE'],
    ['two edges with one id', '</edges>', '<edge id="e1" source="area" target="plan"/></edges>', 'DUPLICATE_EDGE_ID'],
    ['an edge to no node', 'target="area"', 'target="nowhere"', 'MISSING_EDGE_END'],
    ['an edge without target', ' target="area"', '', 'MISSING_ATTRIBUTE'],
    ['a bad edge weight', 'weight="1.5"', 'weight="heavy"', 'BAD_NUMBER'],
    ['an undeclared attribute type', 'type="double"', 'type="number"', 'BAD_ATTRIBUTE_TYPE'],
    ['an attribute id declared twice', '<attribute id="pagerank"', '<attribute id="declaredCount"', 'DUPLICATE_ATTRIBUTE_ID'],
    ['a value for an undeclared attribute', '<attvalue for="pagerank"', '<attvalue for="betweenness"', 'UNDECLARED_ATTRIBUTE'],
    ['a node attribute used on an edge', '<attvalue for="relation"', '<attvalue for="entityType"', 'UNDECLARED_ATTRIBUTE'],
    ['one attribute given twice', '<attvalue for="named" value="true"/>', '<attvalue for="named" value="true"/><attvalue for="named" value="false"/>', 'DUPLICATE_ATTVALUE'],
    ['an integer that is not one', 'value="9"', 'value="nine"', 'BAD_VALUE'],
    ['an integer beyond 32 bits', 'value="9"', 'value="4294967296"', 'BAD_VALUE'],
    ['a double that is not one', 'value="0.25"', 'value="1,5"', 'BAD_VALUE'],
    ['a boolean that is not one', 'value="true"', 'value="yes"', 'BAD_VALUE'],
    ['an invalid default', '<default>0</default>', '<default>none</default>', 'BAD_VALUE'],
    ['viz in the GEXF namespace', '<viz:size value="8"/>', '<size value="8"/>', 'VIZ_NAMESPACE'],
    ['a colour channel above 255', 'r="230"', 'r="256"', 'VIZ_COLOR'],
    ['a negative colour channel', 'g="159"', 'g="-1"', 'VIZ_COLOR'],
    ['a fractional colour channel', 'b="0"', 'b="0.5"', 'VIZ_COLOR'],
    ['a colour without blue', ' b="0"', '', 'VIZ_COLOR'],
    ['alpha above 1', 'a="1"', 'a="1.5"', 'VIZ_COLOR'],
    ['a bad hex colour', 'r="0" g="114" b="178"', 'hex="blue"', 'VIZ_COLOR'],
    ['both hex and channels', 'r="0" g="114" b="178"', 'r="0" g="114" b="178" hex="#0072B2"', 'VIZ_COLOR'],
    ['a position that is not a number', 'x="12.5"', 'x="NaN"', 'VIZ_POSITION'],
    ['an infinite position', 'y="-3"', 'y="-INF"', 'VIZ_POSITION'],
    ['a position without y', ' y="-3"', '', 'MISSING_ATTRIBUTE'],
    ['a negative size', '<viz:size value="8"/>', '<viz:size value="-1"/>', 'VIZ_SIZE'],
    ['a size that is not a number', '<viz:size value="8"/>', '<viz:size value="big"/>', 'VIZ_SIZE'],
    ['a negative thickness', '<viz:thickness value="2"/>', '<viz:thickness value="-2"/>', 'VIZ_THICKNESS'],
    ['an unknown node shape', '<viz:shape value="disc"/>', '<viz:shape value="star"/>', 'VIZ_SHAPE'],
    ['text inside <nodes>', '<nodes count="2">', '<nodes count="2">stray', 'STRUCTURE'],
    ['a truncated document', '</gexf>', '', 'NOT_WELL_FORMED'],
  ])('report %s', (_case, from, to, code) => {
    const { problems } = findGexfProblems(broken(from, to));
    expect(problems.map((p) => p.code)).toContain(code);
  });

  it('accept a hex colour, which the specification allows', () => {
    expect(findGexfProblems(broken('r="0" g="114" b="178"', 'hex="#0072B2"')).problems).toEqual([]);
  });

  it('say where a problem is', () => {
    const [problem] = findGexfProblems(broken('target="area"', 'target="nowhere"')).problems;
    expect(problem).toMatchObject({ code: 'MISSING_EDGE_END', at: expect.stringMatching(/^\d+:\d+$/) });
    expect(problem!.message).toContain('"nowhere"');
  });
});

describe('attribute values by declared type', () => {
  it.each<[AttributeType, string, boolean]>([
    ['integer', '-42', true],
    ['integer', '+7', true],
    ['integer', '2147483648', false],
    ['integer', '4.0', false],
    ['long', '9223372036854775807', true],
    ['long', '9223372036854775808', false],
    ['short', '-32768', true],
    ['short', '40000', false],
    ['byte', '127', true],
    ['byte', '128', false],
    ['biginteger', '123456789012345678901234567890', true],
    ['double', '1e-300', true],
    ['double', '-0.5', true],
    ['double', 'INF', true],
    ['double', 'Infinity', false],
    ['double', '', false],
    ['float', '3e38', true],
    ['float', '4e38', false],
    ['bigdecimal', '3.14159', true],
    ['bigdecimal', '1e5', false],
    ['boolean', '0', true],
    ['boolean', 'True', false],
    ['char', '重', true],
    ['char', 'ab', false],
    ['string', '', true],
    ['anyURI', 'https://example.org/plan?id=1', true],
    ['anyURI', 'not a uri', false],
    ['liststring', 'a|b|c', true],
    ['listinteger', '[1, 2, 3]', true],
    ['listinteger', '1|two', false],
    ['listboolean', '', true],
  ])('%s "%s" is valid: %s', (type, value, valid) => {
    expect(explainInvalidValue(type, value) === null).toBe(valid);
  });
});

describe('the conformance check', { timeout: 60_000 }, () => {
  it('passes the valid document through xmllint, the rules, graphology-gexf and networkx', async () => {
    const result = await checkGexf(VALID);
    expect(result.ok, result.output).toBe(true);
    expect(result.checks.slice(0, 4)).toEqual(['xmllint', 'GEXF 1.3 rules', 'graphology-gexf', expect.stringMatching(/^networkx \d/)]);
    expect(result.summary).toMatch(/^GEXF OK: 2 nodes, 1 edges/);
  });

  it.each<[string, string, string, string[]]>([
    ['malformed XML', '</graph>', '</graf>', ['XMLLINT']],
    ['an edge to no node', 'target="area"', 'target="nowhere"', ['MISSING_EDGE_END', 'GRAPHOLOGY']],
  ])('fails %s, naming every check that caught it', async (_case, from, to, codes) => {
    const result = await checkGexf(broken(from, to));
    expect(result.ok).toBe(false);
    expect(result.summary).toMatch(/^GEXF FAILED: /);
    expect(result.problems.map((p) => p.code)).toEqual(expect.arrayContaining(codes));
  });
});
