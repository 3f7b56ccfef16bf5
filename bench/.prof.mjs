import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2];
for (const f of readdirSync(dir)) {
  const p = JSON.parse(readFileSync(dir + '/' + f));
  const byId = new Map(p.nodes.map(n => [n.id, n]));
  const self = new Map();
  const dt = p.timeDeltas; let total = 0;
  for (let i = 0; i < p.samples.length; i++) { const n = byId.get(p.samples[i]); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber+1}`; self.set(k, (self.get(k) || 0) + (dt[i] || 0)); total += dt[i]||0; }
  // inclusive
  const parent = new Map(); for (const n of p.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const incl = new Map();
  for (let i = 0; i < p.samples.length; i++) { const seen = new Set(); let id = p.samples[i]; while (id !== undefined) { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber+1}`; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k)||0) + (dt[i]||0)); } id = parent.get(id); } }
  console.log(f, 'total ms', (total/1000).toFixed(0));
  console.log('-- self');
  [...self].sort((a,b)=>b[1]-a[1]).slice(0, 25).forEach(([k,v]) => console.log((v/1000).toFixed(0).padStart(7), k));
  console.log('-- inclusive');
  [...incl].sort((a,b)=>b[1]-a[1]).slice(0, 40).forEach(([k,v]) => console.log((v/1000).toFixed(0).padStart(7), k));
}
