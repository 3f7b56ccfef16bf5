import { extractText } from '../extract/helpers.js';
const words = ['Alpha', 'and', 'Beta-Gamma', 'the', 'are', 'will', 'make', 'first,', 'identifies', 'Program', '"x y"', 'places', 'strategy', 'for', 'demonstration zone', 'growing', ','];
let seed = 7; const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (const n of [2000, 8000]) {
  const text = Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join(' ');
  const t = Date.now(); extractText(text); console.log(n, Date.now() - t, 'ms');
  const caps = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 'and' : 'Name')).join(' ');
  const t2 = Date.now(); extractText(caps); console.log('caps', n, Date.now() - t2, 'ms');
}
